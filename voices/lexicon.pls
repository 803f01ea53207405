<?xml version="1.0" encoding="UTF-8"?>
<!--
  The publication's pronunciation lexicon (W3C PLS 1.0), used for every edition.
  <alias> says another text instead; <phoneme> gives the sounds in MaryTTS's en_US phones.
  Graphemes match whole words with their case; a lower-case grapheme also matches a capitalized
  first word. See voices/README.md for the phones and how to write an entry.
-->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
         alphabet="x-marytts" xml:lang="en-US">

  <!-- Contractions that MaryTTS's letter-to-sound rules get wrong ("they're" as "thee-r"). -->
  <lexeme><grapheme>they're</grapheme><phoneme>' D E r</phoneme></lexeme>
  <lexeme><grapheme>we're</grapheme><phoneme>' w i r</phoneme></lexeme>
  <lexeme><grapheme>you're</grapheme><phoneme>' j U r</phoneme></lexeme>
  <lexeme><grapheme>she's</grapheme><phoneme>' S i z</phoneme></lexeme>
  <lexeme><grapheme>I'm</grapheme><phoneme>' AI m</phoneme></lexeme>
  <lexeme><grapheme>I've</grapheme><phoneme>' AI v</phoneme></lexeme>
  <lexeme><grapheme>I'll</grapheme><phoneme>' AI l</phoneme></lexeme>
  <lexeme><grapheme>I'd</grapheme><phoneme>' AI d</phoneme></lexeme>
  <lexeme><grapheme>they've</grapheme><phoneme>' D EI v</phoneme></lexeme>
  <lexeme><grapheme>they'll</grapheme><phoneme>' D EI l</phoneme></lexeme>
  <lexeme><grapheme>they'd</grapheme><phoneme>' D EI d</phoneme></lexeme>
  <lexeme><grapheme>she'll</grapheme><phoneme>' S i l</phoneme></lexeme>
  <lexeme><grapheme>she'd</grapheme><phoneme>' S i d</phoneme></lexeme>
  <lexeme><grapheme>isn't</grapheme><phoneme>' I - z @ n t</phoneme></lexeme>
  <lexeme><grapheme>hasn't</grapheme><phoneme>' h { - z @ n t</phoneme></lexeme>
  <lexeme><grapheme>haven't</grapheme><phoneme>' h { - v @ n t</phoneme></lexeme>
  <lexeme><grapheme>hadn't</grapheme><phoneme>' h { - d @ n t</phoneme></lexeme>
  <lexeme><grapheme>didn't</grapheme><phoneme>' d I - d @ n t</phoneme></lexeme>
  <lexeme><grapheme>what's</grapheme><phoneme>' w V t s</phoneme></lexeme>
  <lexeme><grapheme>there's</grapheme><phoneme>' D E r z</phoneme></lexeme>
  <lexeme><grapheme>who's</grapheme><phoneme>' h u z</phoneme></lexeme>

  <!-- The Sahel and West Africa. -->
  <lexeme><grapheme>Bamako</grapheme><phoneme>' b A - m @ - k @U</phoneme></lexeme>
  <lexeme><grapheme>Sahel</grapheme><phoneme>s @ - ' h E l</phoneme></lexeme>
  <lexeme><grapheme>Niger</grapheme><phoneme>n i - ' Z E r</phoneme></lexeme>
  <lexeme><grapheme>Niamey</grapheme><phoneme>n j A - ' m EI</phoneme></lexeme>
  <lexeme><grapheme>Ouagadougou</grapheme><phoneme>w A - g @ - ' d u - g u</phoneme></lexeme>
  <lexeme><grapheme>Timbuktu</grapheme><phoneme>t I m - b V k - ' t u</phoneme></lexeme>
  <lexeme><grapheme>Kidal</grapheme><phoneme>k i - ' d A l</phoneme></lexeme>
  <lexeme><grapheme>Tuareg</grapheme><phoneme>' t w A - r E g</phoneme></lexeme>
  <lexeme><grapheme>Azawad</grapheme><phoneme>' A - z @ - w A d</phoneme></lexeme>
  <lexeme><grapheme>Assimi</grapheme><phoneme>A - ' s i - m i</phoneme></lexeme>
  <lexeme><grapheme>Goïta</grapheme><phoneme>g @U - ' i - t @</phoneme></lexeme>
  <lexeme><grapheme>Faladié</grapheme><phoneme>f A - l A - d i - ' EI</phoneme></lexeme>
  <lexeme><grapheme>Traoré</grapheme><phoneme>t r A - ' @U - r EI</phoneme></lexeme>
  <lexeme><grapheme>Tiani</grapheme><phoneme>t i - ' A - n i</phoneme></lexeme>
  <lexeme><grapheme>Keïta</grapheme><phoneme>' k EI - t @</phoneme></lexeme>
  <lexeme><grapheme>ECOWAS</grapheme><phoneme>E - ' k @U - w A s</phoneme></lexeme>
  <lexeme><grapheme>Jama'at</grapheme><phoneme>dZ @ - ' m A - @ t</phoneme></lexeme>
  <lexeme><grapheme>Nusrat</grapheme><phoneme>' n U s - r @ t</phoneme></lexeme>
  <lexeme><grapheme>Muslimin</grapheme><phoneme>m U s - l I - ' m i n</phoneme></lexeme>
  <lexeme><grapheme>Qaeda</grapheme><phoneme>' k AI - d @</phoneme></lexeme>
  <lexeme><grapheme>jihadist</grapheme><phoneme>dZ I - ' h A - d I s t</phoneme></lexeme>
  <lexeme><grapheme>jihadists</grapheme><phoneme>dZ I - ' h A - d I s t s</phoneme></lexeme>
  <lexeme><grapheme>juntas</grapheme><phoneme>' h U n - t @ z</phoneme></lexeme>
  <lexeme><grapheme>swathes</grapheme><phoneme>' s w EI D z</phoneme></lexeme>
  <lexeme><grapheme>gendarmerie</grapheme><phoneme>Z A n - ' d A r - m @ - r i</phoneme></lexeme>

  <!-- Said as another text. -->
  <lexeme><grapheme>FTSE</grapheme><alias>Footsie</alias></lexeme>
  <lexeme><grapheme>GlobalPost</grapheme><alias>Global Post</alias></lexeme>

  <!-- Names in the world news. -->
  <lexeme><grapheme>Erdoğan</grapheme><phoneme>' E r - d @ - w A n</phoneme></lexeme>
  <lexeme><grapheme>Zelensky</grapheme><phoneme>z @ - ' l E n - s k i</phoneme></lexeme>
  <lexeme><grapheme>Kyiv</grapheme><phoneme>' k i - I v</phoneme></lexeme>
  <lexeme><grapheme>Houthi</grapheme><phoneme>' h u - T i</phoneme></lexeme>
  <lexeme><grapheme>Houthis</grapheme><phoneme>' h u - T i z</phoneme></lexeme>
  <lexeme><grapheme>Tigray</grapheme><phoneme>' t i - g r EI</phoneme></lexeme>
  <lexeme><grapheme>Macron</grapheme><phoneme>m A - ' k r @U n</phoneme></lexeme>
  <lexeme><grapheme>Sunak</grapheme><phoneme>' s u - n { k</phoneme></lexeme>
  <lexeme><grapheme>Xi</grapheme><phoneme>' S i</phoneme></lexeme>
  <lexeme><grapheme>Darfur</grapheme><phoneme>d A r - ' f U r</phoneme></lexeme>
</lexicon>
