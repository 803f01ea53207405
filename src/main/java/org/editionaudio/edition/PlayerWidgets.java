package org.editionaudio.edition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds a media player's box by its interface, not by its words: a box that holds media or
 * transport controls (an audio or video element, a slider, a progress bar, a timer, or a button
 * drawn only as a glyph or icon) and whose own text, once the controls, clocks, readouts and glyphs
 * are taken away, is at most a short label with no sentence ("Listen to this brief", "Volume").
 */
final class PlayerWidgets {
  static final String RULE = "player widget (media controls beside a short label, clock or readout)";

  private static final String MEDIA = "audio, video, input[type=range], [role=slider], [role=progressbar], [role=timer]";
  private static final String CONTROLS = "button, [role=button], input, select";
  private static final String NOT_TEXT = MEDIA + ", " + CONTROLS + ", svg, [aria-hidden=true], script, style";
  private static final int MAX_LABEL_WORDS = 6;
  // A box whose text is longer than this is a story's or a page's, never only a player's.
  private static final int MAX_BOX_CHARS = 300;
  private static final Pattern READOUT = Pattern.compile(
      "(?i)\\b\\d{1,2}:\\d{2}(:\\d{2})?\\b|\\b\\d+(\\.\\d+)?\\s?[x×](?![\\p{L}\\p{N}])|\\b\\d+\\s?%"
          + "|\\b\\d+\\s?(min|mins|minutes?|sec|secs|seconds?)\\b");
  private static final Pattern GLYPH = Pattern.compile(
      "[\\u25B6\\u25B8\\u25BA\\u23F4-\\u23FA\\u23EA-\\u23EF]|\\x{1F50A}|\\x{1F509}|\\x{1F508}|\\x{1F507}|\\x{1F3A7}");
  private static final Pattern LETTER = Pattern.compile("\\p{L}");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’)]?$");

  private PlayerWidgets() {}

  /** The outermost player boxes of the page, in document order. */
  static List<Element> find(Element body) {
    Set<Element> boxes = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Element> found = new ArrayList<>();
    for (Element anchor : body.select(MEDIA + ", " + CONTROLS)) {
      boolean media = anchor.is(MEDIA);
      if (!media && LETTER.matcher(anchor.text()).find()) {
        // A control that says what it does in words (Share, Save, 1x) is not by itself a player's.
        continue;
      }
      Element box = box(anchor, media);
      if (box != null && boxes.add(box)) {
        found.add(box);
      }
    }
    // Only the outermost: a box inside another goes with it.
    found.removeIf(box -> box.parents().stream().anyMatch(boxes::contains));
    return found;
  }

  /**
   * The nearest box around the control that has text of its own, when that text is a player's: a
   * short label, a clock or a readout. A glyph or icon button alone needs a clock or readout beside it.
   */
  private static Element box(Element anchor, boolean media) {
    for (Element e = anchor.parent(); e != null && !e.normalName().equals("body"); e = e.parent()) {
      if (e.text().length() > MAX_BOX_CHARS) {
        return null;
      }
      String own = ownText(e);
      if (own.isEmpty()) {
        continue;
      }
      if (e.selectFirst("h1, h2, h3, h4, h5, h6") != null) {
        return null;
      }
      boolean readout = READOUT.matcher(own).find() || GLYPH.matcher(own).find();
      String label = TextCleaner.clean(GLYPH.matcher(READOUT.matcher(own).replaceAll(" ")).replaceAll(" "));
      if (Boilerplate.words(label) > MAX_LABEL_WORDS || SENTENCE_END.matcher(label).find()) {
        return null;
      }
      return media || readout ? e : null;
    }
    return null;
  }

  /** The box's text without its controls, media, icons and hidden parts. */
  private static String ownText(Element box) {
    Element copy = box.clone();
    copy.select(NOT_TEXT).stream().filter(e -> e != copy).forEach(Element::remove);
    return TextCleaner.clean(copy.text());
  }
}
