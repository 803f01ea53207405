(function () {
  'use strict';
  var root = document.getElementById('edition-player');
  var audio = document.getElementById('ea-audio');
  var $ = function (id) { return document.getElementById(id); };
  var dataEl = $('edition-data');
  var data = {};
  try { data = dataEl ? JSON.parse(dataEl.textContent) : {}; } catch (e) { data = {}; }
  var chapters = [];
  var sentences = [];
  var chapterItems = [];
  var sentenceEls = [];
  var chapterHeads = [];
  var currentChapter = -1;
  var currentSentence = -1;
  var seeking = false;
  var userScrolledAt = 0;
  // Where the edition's files are, relative to this page: '' on an edition's own page, its folder on the archive.
  var base = '';
  var generation = 0;
  var RATES = [1, 1.25, 1.5, 1.75, 2, 0.75];

  audio.controls = false;
  root.classList.add('ea-ready');

  // ---- formatting ----
  function clock(seconds) {
    seconds = Math.max(0, Math.floor(seconds || 0));
    var h = Math.floor(seconds / 3600), m = Math.floor(seconds / 60) % 60, s = seconds % 60;
    var mm = h ? String(m).padStart(2, '0') : String(m);
    return (h ? h + ':' : '') + mm + ':' + String(s).padStart(2, '0');
  }
  function minutes(ms) {
    var m = Math.round(ms / 60000);
    return m < 1 ? 'under a minute' : m + ' min';
  }
  function longDate(iso) {
    if (!iso) { return ''; }
    var d = new Date(iso + 'T12:00:00');
    return isNaN(d) ? iso : d.toLocaleDateString('en-US', { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' });
  }
  function duration() {
    return isFinite(audio.duration) && audio.duration > 0 ? audio.duration : (data.durationMs || 0) / 1000;
  }

  // ---- header ----
  function renderHead() {
    $('ea-title').textContent = data.title || '';
    var stories = chapters.filter(function (c) { return !c.intro; }).length;
    var parts = [];
    if (data.publication) { parts.push(data.publication); }
    if (data.date) { parts.push(longDate(data.date)); }
    if (stories) { parts.push(stories + (stories === 1 ? ' story' : ' stories')); }
    var ms = duration() * 1000;
    if (ms) { parts.push(minutes(ms)); }
    $('ea-meta').textContent = parts.join(' · ');
    var name = data.publication || data.title || '';
    $('ea-initials').textContent = name.replace(/^the\s+/i, '').split(/\s+/).filter(Boolean).slice(0, 2)
      .map(function (w) { return w.charAt(0).toUpperCase(); }).join('');
    var img = $('ea-cover');
    img.hidden = true;
    $('ea-initials').hidden = false;
    if (data.cover) {
      img.src = base + data.cover;
      img.hidden = false;
      $('ea-initials').hidden = true;
      img.onerror = function () { img.hidden = true; $('ea-initials').hidden = false; };
    }
  }

  // ---- chapters ----
  function useChapters(list, source) {
    chapters = list.map(function (c) {
      return { title: String(c.title), startMs: +c.startMs, endMs: +c.endMs, url: c.url || null, intro: !!c.intro };
    });
    $('ea-chapters').setAttribute('data-source', source);
    // One story (and perhaps the intro): no chapter column beside the transcript.
    root.classList.toggle('ea-single', chapters.filter(function (c) { return !c.intro; }).length <= 1);
    renderChapters();
    renderTicks();
    renderHead();
    if (sentences.length) { renderTranscript(); }
    currentChapter = -1;
    update();
  }

  function renderChapters() {
    var list = $('ea-chapters');
    list.textContent = '';
    chapterItems = chapters.map(function (chapter, i) {
      var li = document.createElement('li');
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'ea-chapter';
      button.setAttribute('data-start-ms', chapter.startMs);
      var num = document.createElement('span');
      num.className = 'ea-num';
      num.textContent = i + 1;
      var title = document.createElement('span');
      title.className = 'ea-ctitle';
      title.textContent = chapter.title;
      var time = document.createElement('span');
      time.className = 'ea-ctime';
      time.textContent = clock(chapter.startMs / 1000);
      button.append(num, title, time);
      button.setAttribute('aria-label', 'Chapter ' + (i + 1) + ': ' + chapter.title + ', at ' + clock(chapter.startMs / 1000));
      button.addEventListener('click', function () { jump(i, true); });
      li.appendChild(button);
      if (chapter.url) {
        var a = document.createElement('a');
        a.className = 'ea-link';
        a.href = chapter.url;
        a.target = '_blank';
        a.rel = 'noopener';
        a.title = 'Read the story';
        a.setAttribute('aria-label', 'Read the story: ' + chapter.title);
        a.innerHTML = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M14 3h7v7h-2V6.4l-9.3 9.3-1.4-1.4L17.6 5H14zM5 5h6v2H5v12h12v-6h2v6a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2z"/></svg>';
        li.appendChild(a);
      }
      list.appendChild(li);
      return li;
    });
  }

  function renderTicks() {
    var ticks = $('ea-ticks');
    ticks.textContent = '';
    var total = duration();
    if (!total) { return; }
    chapters.forEach(function (chapter, i) {
      if (i === 0) { return; }
      var tick = document.createElement('span');
      tick.className = 'ea-tick';
      tick.style.left = (100 * chapter.startMs / 1000 / total) + '%';
      ticks.appendChild(tick);
    });
  }

  function chapterAt(seconds) {
    var ms = seconds * 1000, found = -1;
    for (var i = 0; i < chapters.length; i++) {
      if (chapters[i].startMs <= ms + 1) { found = i; } else { break; }
    }
    return found;
  }

  // ---- transcript ----
  function useSentences(list) {
    sentences = list.map(function (s) {
      return { text: String(s.text), startMs: +s.startMs, endMs: +s.endMs,
        chapter: s.chapter != null ? +s.chapter : chapterAt(+s.startMs / 1000),
        paragraph: s.paragraph != null ? s.paragraph : null };
    }).sort(function (a, b) { return a.startMs - b.startMs; });
    renderTranscript();
  }

  function renderTranscript() {
    var box = $('ea-transcript');
    box.textContent = '';
    $('ea-transcript-box').hidden = !sentences.length;
    $('ea-body').classList.toggle('ea-no-transcript', !sentences.length);
    var paragraph = null, last = -2, lastParagraph = null;
    chapterHeads = [];
    function plain(text) { return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim(); }
    sentenceEls = sentences.map(function (sentence) {
      var into;
      if (sentence.chapter !== last) {
        last = sentence.chapter;
        var chapter = chapters[sentence.chapter];
        paragraph = null;
        // The reader speaks each headline first: that sentence becomes the heading, so it is not shown twice.
        if (chapter) {
          var h = document.createElement('h3');
          box.appendChild(h);
          chapterHeads[sentence.chapter] = h;
          if (plain(sentence.text) === plain(chapter.title)) {
            into = h;
          } else {
            h.textContent = chapter.title;
          }
        }
      }
      if (!into) {
        // A new paragraph of the story starts a new <p>, so a story is not one wall of text.
        if (paragraph && sentence.paragraph != null && sentence.paragraph !== lastParagraph) { paragraph = null; }
        lastParagraph = sentence.paragraph;
        if (!paragraph) {
          paragraph = document.createElement('p');
          box.appendChild(paragraph);
        }
        into = paragraph;
      }
      var span = document.createElement('span');
      span.className = 'ea-s';
      span.textContent = sentence.text;
      span.addEventListener('click', function () { seekTo(sentence.startMs / 1000); play(); });
      into.append(span, ' ');
      return span;
    });
    currentSentence = -1;
  }

  function sentenceAt(seconds) {
    var ms = seconds * 1000, lo = 0, hi = sentences.length - 1, found = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (sentences[mid].startMs <= ms) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    return found >= 0 && ms < sentences[found].endMs + 400 ? found : -1;
  }

  // The reader scrolling (the transcript box, or on a phone the page) keeps the transcript where they put it a while.
  ['wheel', 'touchmove'].forEach(function (type) {
    window.addEventListener(type, function () { userScrolledAt = Date.now(); }, { passive: true });
  });
  function boxScrolls(box) { return getComputedStyle(box).overflowY !== 'visible'; }
  function bringIntoView(el, offsetTop) {
    var box = $('ea-transcript');
    if (Date.now() - userScrolledAt <= 4000) { return; }
    if (boxScrolls(box)) {
      if (offsetTop != null) { box.scrollTop = Math.max(0, offsetTop); return; }
      if (el.offsetTop < box.scrollTop || el.offsetTop + el.offsetHeight > box.scrollTop + box.clientHeight) {
        box.scrollTop = Math.max(0, el.offsetTop - box.clientHeight / 3);
      }
      return;
    }
    // One scrolling area (a phone): move the page, below the controls that stay on top.
    var deck = root.querySelector('.ea-deck');
    var top = deck ? deck.getBoundingClientRect().bottom : 0;
    var r = el.getBoundingClientRect();
    if (r.top < top || r.bottom > window.innerHeight) {
      window.scrollBy(0, r.top - top - (window.innerHeight - top) / 3);
    }
  }

  // ---- WebVTT tracks: chapters.vtt and transcript.vtt, when the browser may load them ----
  function whenCues(trackEl, ok, fail) {
    if (!trackEl || !trackEl.track) { fail(); return; }
    var settled = false;
    function done() {
      if (settled) { return; }
      settled = true;
      var cues = trackEl.track.cues ? Array.prototype.slice.call(trackEl.track.cues) : [];
      if (cues.length) { ok(cues); } else { fail(); }
    }
    function failed() { if (!settled) { settled = true; fail(); } }
    trackEl.addEventListener('load', done);
    trackEl.addEventListener('error', failed);
    trackEl.track.mode = 'hidden';
    if (trackEl.readyState === 2) { done(); } else if (trackEl.readyState === 3) { failed(); }
  }
  function cueText(cue) {
    var html = cue.getCueAsHTML ? cue.getCueAsHTML() : null;
    return (html ? html.textContent : cue.text).replace(/\s+/g, ' ').trim();
  }

  // ---- an edition: embedded data first, then its WebVTT tracks where the browser may load them ----
  function tracks() {
    var mine = generation;
    whenCues(audio.querySelector('track[kind="chapters"]'), function (cues) {
      if (mine !== generation) { return; }
      var embedded = chapters;
      useChapters(cues.map(function (cue, i) {
        var title = cueText(cue);
        var known = embedded[i] && embedded[i].title === title ? embedded[i] : null;
        return { title: title, startMs: Math.round(cue.startTime * 1000), endMs: Math.round(cue.endTime * 1000),
          url: known ? known.url : null, intro: known ? known.intro : false };
      }), '__CHAPTERS_VTT__');
      if (!data.chapters) { linksFromJson(); }
    }, function () {
      if (mine === generation && !chapters.length) { chaptersFromJson(); }
    });
    whenCues(audio.querySelector('track[kind="metadata"]'), function (cues) {
      if (mine === generation && !sentences.length) {
        useSentences(cues.map(function (cue) {
          return { text: cueText(cue), startMs: Math.round(cue.startTime * 1000), endMs: Math.round(cue.endTime * 1000) };
        }));
      }
    }, function () {});
  }

  /**
   * Shows another edition: its data (as the page embeds it) and its folder relative to the page.
   * The archive page calls it through window.EditionAudioPlayer.
   */
  function load(next, folder) {
    generation++;
    data = next || {};
    base = folder || '';
    chapters = []; sentences = []; chapterItems = []; sentenceEls = []; chapterHeads = [];
    currentChapter = -1; currentSentence = -1;
    $('ea-chapters').textContent = '';
    $('ea-ticks').textContent = '';
    $('ea-status').textContent = '';
    audio.querySelectorAll('source, track').forEach(function (el) { el.remove(); });
    audio.removeAttribute('src');
    if (data.audio && data.audio.file) {
      var source = document.createElement('source');
      source.src = base + data.audio.file;
      if (data.audio.type) { source.type = data.audio.type; }
      source.addEventListener('error', audioError);
      audio.appendChild(source);
      $('ea-download').href = base + data.audio.file;
    }
    [['chapters', '__CHAPTERS_VTT__', 'Chapters'], ['metadata', '__TRANSCRIPT_VTT__', 'Transcript']].forEach(function (t) {
      var track = document.createElement('track');
      track.kind = t[0]; track.src = base + t[1]; track.srclang = 'en'; track.label = t[2];
      audio.appendChild(track);
    });
    audio.load();
    renderTranscript();
    begin();
    if (!data.transcript && window.fetch && location.protocol !== 'file:') { sentencesFromManifest(); }
  }
  function begin() {
    if (data.chapters && data.chapters.length) { useChapters(data.chapters, 'embedded'); }
    if (data.transcript && data.transcript.length) { useSentences(data.transcript); }
    renderHead();
    tracks();
    update();
  }
  // On the archive the transcript is not embedded: the manifest has it, with its paragraphs.
  function sentencesFromManifest() {
    var mine = generation;
    fetch(base + '__MANIFEST__').then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
      .then(function (manifest) {
        if (mine !== generation) { return; }
        var list = [];
        (manifest.sections || []).forEach(function (section, k) {
          (section.sentences || []).forEach(function (s) {
            list.push({ text: s.text, startMs: s.startMs, endMs: s.endMs, paragraph: k + ':' + s.paragraph });
          });
        });
        if (list.length) { sentences = []; useSentences(list); update(); }
      }).catch(function () {});
  }

  function fetchChaptersJson() {
    var src = root.getAttribute('data-chapters-json');
    if (src) { src = base + src; }
    if (!src || !window.fetch) { return Promise.reject(new Error('no __CHAPTERS_JSON__')); }
    return fetch(src).then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); });
  }
  function fromJson(json) {
    return (json.chapters || []).map(function (c, i, all) {
      var end = c.endTime != null ? c.endTime : (all[i + 1] ? all[i + 1].startTime : duration());
      return { title: c.title || 'Chapter ' + (i + 1), startMs: Math.round(c.startTime * 1000), endMs: Math.round(end * 1000), url: c.url };
    });
  }
  function chaptersFromJson() {
    fetchChaptersJson().then(function (json) {
      if (!chapters.length) { useChapters(fromJson(json), '__CHAPTERS_JSON__'); }
    }).catch(function () {});
  }
  function linksFromJson() {
    fetchChaptersJson().then(function (json) {
      var list = fromJson(json);
      chapters.forEach(function (c, i) { if (list[i] && list[i].title === c.title) { c.url = list[i].url || null; } });
      renderChapters();
      currentChapter = -1;
      update();
    }).catch(function () {});
  }

  // ---- playing ----
  function play() {
    var p = audio.play();
    if (p && p.catch) { p.catch(function () {}); }
  }
  function toggle() { if (audio.paused) { play(); } else { audio.pause(); } }
  function seekTo(seconds) {
    var total = duration();
    audio.currentTime = Math.max(0, total ? Math.min(seconds, total - 0.05) : seconds);
    update();
  }
  function skip(seconds) { seekTo(audio.currentTime + seconds); }
  function jump(i, andPlay) {
    if (!chapters[i]) { return; }
    seekTo(chapters[i].startMs / 1000);
    if (andPlay) { play(); }
  }
  function previous() {
    var i = chapterAt(audio.currentTime);
    if (i > 0 && audio.currentTime - chapters[i].startMs / 1000 < 3) { jump(i - 1); } else { jump(Math.max(0, i)); }
  }
  function next() {
    var i = chapterAt(audio.currentTime);
    if (i + 1 < chapters.length) { jump(i + 1); }
  }
  function setVolume(v) {
    audio.volume = Math.min(1, Math.max(0, Math.round(v * 20) / 20));
    if (audio.volume > 0) { audio.muted = false; }
  }

  // ---- keeping the page in step with the audio ----
  function update() {
    var t = audio.currentTime, total = duration();
    var seek = $('ea-seek');
    if (total && +seek.max !== total) { seek.max = total; }
    if (!seeking) { seek.value = t; }
    $('ea-fill').style.width = total ? (100 * t / total) + '%' : '0';
    $('ea-current').textContent = clock(t);
    $('ea-duration').textContent = clock(total);
    var i = chapterAt(t);
    seek.setAttribute('aria-valuetext', clock(t) + ' of ' + clock(total) + (chapters[i] ? ', ' + chapters[i].title : ''));
    if (i !== currentChapter) {
      currentChapter = i;
      chapterItems.forEach(function (li, k) {
        var on = k === i;
        li.classList.toggle('ea-current', on);
        var button = li.querySelector('button');
        if (on) { button.setAttribute('aria-current', 'true'); } else { button.removeAttribute('aria-current'); }
      });
      var now = $('ea-now');
      now.textContent = '';
      if (chapters[i]) {
        now.append('Chapter ' + (i + 1) + ' of ' + chapters.length + ': ');
        var strong = document.createElement('strong');
        strong.textContent = chapters[i].title;
        now.appendChild(strong);
      }
      mediaMetadata();
      // A jump to a chapter brings its part of the transcript into view, even before its first sentence.
      var head = chapterHeads[i];
      if (head) { bringIntoView(head, head.offsetTop - 8); }
    }
    var s = sentenceAt(t);
    if (s !== currentSentence) {
      if (sentenceEls[currentSentence]) { sentenceEls[currentSentence].classList.remove('ea-current'); }
      sentenceEls.forEach(function (el, k) { el.classList.toggle('ea-said', s >= 0 && k < s); });
      currentSentence = s;
      var el = sentenceEls[s];
      if (el) {
        el.classList.add('ea-current');
        bringIntoView(el);
      }
    }
  }

  function playState() {
    var playing = !audio.paused;
    $('ea-play').setAttribute('aria-label', playing ? 'Pause' : 'Play');
    $('ea-play').title = playing ? 'Pause (Space)' : 'Play (Space)';
    $('ea-play-icon').setAttribute('d', playing ? 'M6 5h4v14H6zm8 0h4v14h-4z' : 'M8 5v14l11-7z');
    if (navigator.mediaSession) { navigator.mediaSession.playbackState = playing ? 'playing' : 'paused'; }
  }
  function volumeState() {
    var muted = audio.muted || audio.volume === 0;
    $('ea-volume').value = audio.muted ? 0 : audio.volume;
    $('ea-mute').setAttribute('aria-pressed', String(muted));
    $('ea-mute').setAttribute('aria-label', muted ? 'Unmute' : 'Mute');
    $('ea-mute-icon').setAttribute('d', muted
      ? 'M4 9v6h4l5 5V4L8 9zm12.6 3 2.7-2.7-1.4-1.4-2.7 2.7-2.7-2.7-1.4 1.4 2.7 2.7-2.7 2.7 1.4 1.4 2.7-2.7 2.7 2.7 1.4-1.4z'
      : 'M4 9v6h4l5 5V4L8 9zm12.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z');
  }

  audio.addEventListener('timeupdate', update);
  audio.addEventListener('seeked', function () { update(); positionState(); });
  audio.addEventListener('durationchange', function () { renderTicks(); renderHead(); update(); positionState(); });
  audio.addEventListener('play', playState);
  audio.addEventListener('pause', playState);
  audio.addEventListener('ended', playState);
  audio.addEventListener('volumechange', volumeState);
  audio.addEventListener('ratechange', positionState);
  function audioError() { $('ea-status').textContent = 'The audio could not be loaded.'; }
  audio.addEventListener('error', audioError);
  var sourceEl = audio.querySelector('source');
  if (sourceEl) { sourceEl.addEventListener('error', audioError); }
  audio.addEventListener('ended', function () { root.dispatchEvent(new CustomEvent('ea-ended', { bubbles: true })); });

  $('ea-play').addEventListener('click', toggle);
  $('ea-prev').addEventListener('click', previous);
  $('ea-next').addEventListener('click', next);
  $('ea-back').addEventListener('click', function () { skip(-15); });
  $('ea-fwd').addEventListener('click', function () { skip(15); });
  $('ea-mute').addEventListener('click', function () {
    if (audio.muted || audio.volume === 0) { audio.muted = false; if (audio.volume === 0) { audio.volume = 0.5; } } else { audio.muted = true; }
  });
  $('ea-volume').addEventListener('input', function (e) { setVolume(+e.target.value); });
  $('ea-rate').addEventListener('click', function () {
    var rate = RATES[(RATES.indexOf(audio.playbackRate) + 1) % RATES.length] || 1;
    audio.playbackRate = rate;
    $('ea-rate').textContent = rate + '×';
    $('ea-rate').setAttribute('aria-label', 'Playback speed ' + rate + '×');
  });
  var seekInput = $('ea-seek');
  seekInput.addEventListener('input', function () { seeking = true; seekTo(+seekInput.value); });
  seekInput.addEventListener('change', function () { seeking = false; seekTo(+seekInput.value); });

  // ---- keyboard ----
  function onKey(e) {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) { return; }
    var t = e.target, tag = t.tagName;
    var isRange = tag === 'INPUT' && t.type === 'range';
    if ((tag === 'INPUT' && !isRange) || tag === 'TEXTAREA' || tag === 'SELECT' || t.isContentEditable) { return; }
    var onButton = tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY';
    var onVolume = t === $('ea-volume');
    switch (e.key) {
      case ' ': case 'Spacebar': if (onButton) { return; } toggle(); break;
      case 'k': case 'K': toggle(); break;
      case 'ArrowLeft': if (onVolume) { return; } if (e.shiftKey) { previous(); } else { skip(-5); } break;
      case 'ArrowRight': if (onVolume) { return; } if (e.shiftKey) { next(); } else { skip(5); } break;
      case 'ArrowUp': if (onVolume) { return; } setVolume(audio.volume + 0.1); break;
      case 'ArrowDown': if (onVolume) { return; } setVolume(audio.volume - 0.1); break;
      case 'j': case 'J': skip(-15); break;
      case 'l': case 'L': skip(15); break;
      case 'p': case 'P': case '[': previous(); break;
      case 'n': case 'N': case ']': next(); break;
      case 'm': case 'M': audio.muted = !audio.muted; break;
      case 'Home': if (isRange && !t.classList.contains('ea-seek')) { return; } seekTo(0); break;
      case 'End': if (isRange && !t.classList.contains('ea-seek')) { return; } seekTo(duration()); break;
      default: return;
    }
    e.preventDefault();
  }
  root.addEventListener('keydown', onKey);
  if (root.getAttribute('data-keys') === 'page') {
    document.addEventListener('keydown', function (e) {
      if (e.target === document.body || e.target === document.documentElement) { onKey(e); }
    });
  }

  // ---- Media Session: lock screen, headset and keyboard media keys ----
  function absolute(src) { try { return new URL(src, document.baseURI).href; } catch (e) { return src; } }
  function mediaMetadata() {
    if (!('mediaSession' in navigator) || typeof MediaMetadata === 'undefined') { return; }
    var chapter = chapters[currentChapter];
    var art = data.cover ? [{ src: absolute(base + data.cover), sizes: '512x512', type: /\.png$/i.test(data.cover) ? 'image/png' : 'image/jpeg' }] : [];
    navigator.mediaSession.metadata = new MediaMetadata({
      title: chapter ? chapter.title : (data.title || document.title),
      artist: data.publication || '',
      album: data.title || '',
      artwork: art
    });
  }
  function positionState() {
    var ms = navigator.mediaSession, total = duration();
    if (!ms || !ms.setPositionState || !total) { return; }
    try {
      ms.setPositionState({ duration: total, playbackRate: audio.playbackRate, position: Math.min(audio.currentTime, total) });
    } catch (e) { /* not every browser takes every state */ }
  }
  if ('mediaSession' in navigator) {
    var handlers = {
      play: play,
      pause: function () { audio.pause(); },
      stop: function () { audio.pause(); seekTo(0); },
      previoustrack: previous,
      nexttrack: next,
      seekbackward: function (d) { skip(-(d && d.seekOffset || 15)); },
      seekforward: function (d) { skip(d && d.seekOffset || 15); },
      seekto: function (d) {
        if (d && d.fastSeek && 'fastSeek' in audio) { audio.fastSeek(d.seekTime); } else { seekTo(d.seekTime); }
      }
    };
    Object.keys(handlers).forEach(function (action) {
      try { navigator.mediaSession.setActionHandler(action, handlers[action]); } catch (e) { /* unsupported action */ }
    });
  }

  window.EditionAudioPlayer = { load: load, play: play, root: root };
  begin();
  playState();
  volumeState();
})();
