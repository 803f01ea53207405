package org.editionaudio.edition;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a template's headline tags: a bracketed label after the headline ("(4 minute read)",
 * "(GitHub Repo)", "[Video]") that the page puts after most of its story headlines, three or more.
 * On such a page the tag is furniture and the headline is read without it; a lone bracket in one
 * headline ("… podcast (who wouldn't?)") is the writer's. A tag that names a sponsor marks a paid slot.
 */
final class HeadlineTags {
  static final String RULE = "headline tag (a bracketed label the template puts after most headlines)";
  private static final Pattern TAG = Pattern.compile("\\s*[(\\[]([^()\\[\\]]{1,40})[)\\]]\\s*$");
  private static final int MIN_TAGGED = 3;

  private HeadlineTags() {}

  /** True when three or more of the headlines, and at least half of them, end in a bracketed tag. */
  static boolean onPage(List<String> headlines) {
    long tagged = headlines.stream().filter(h -> TAG.matcher(h).find()).count();
    return tagged >= MIN_TAGGED && tagged * 2 >= headlines.size();
  }

  /** The tag at the end of a headline ("4 minute read"), or null. */
  static String tag(String headline) {
    Matcher m = TAG.matcher(headline);
    return m.find() && m.start() > 0 ? m.group(1).strip() : null;
  }

  /** The headline without its tag. */
  static String strip(String headline) {
    return TAG.matcher(headline).replaceFirst("");
  }

  /** True when the headline's bracketed tag says the slot is paid for ("(Sponsor)", "[Ad]"). */
  static boolean isSponsored(String headline) {
    String tag = tag(headline);
    return tag != null && (Boilerplate.isSponsorLabel(tag) || tag.equalsIgnoreCase("ad"));
  }
}
