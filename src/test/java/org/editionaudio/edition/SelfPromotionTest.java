package org.editionaudio.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A front page's teasers that promote the site itself go; news teasers that say "we" or "you" or name a site stay. */
class SelfPromotionTest {
  private static final List<String> SITE = List.of("riverbank-post.example");
  private static final String HOME = "https://www.riverbank-post.example/";

  private static Section teaser(String title, String blurb) {
    return new Section(title, List.of(blurb), HOME + "story/" + Math.abs(title.hashCode()));
  }

  private static List<Section> news() {
    return List.of(
        teaser("Council approves new cycle lanes", "Work on the riverside route starts in May and should take six weeks."),
        teaser("Hospital opens night clinic", "Patients with minor injuries can now be seen until midnight on weekdays."),
        teaser("Ferry fares rise by ten cents", "The operator blames fuel prices and says the timetable stays as it is."),
        teaser("School choir tours the coast", "Forty pupils will sing in six towns over the Easter holidays."));
  }

  @Test
  void aTeaserNamingTheSitesOwnAddressToTheReaderIsSelfPromotion() {
    assertEquals(Optional.of(SelfPromotion.NAMES_THE_SITE), SelfPromotion.rule(
        teaser("Meet the new Riverbank-Post.example", "We have rebuilt the site for your phone: faster pages and bigger type."),
        SITE));
  }

  @Test
  void aTeaserInThePublishersVoiceThatAsksTheReaderIsSelfPromotion() {
    assertEquals(Optional.of(SelfPromotion.PUBLISHER_VOICE), SelfPromotion.rule(
        teaser("Offers from our neighbours", "Looking for more? Our neighbours at the museum have tours for you, so just visit their pages."),
        SITE));
  }

  @Test
  void aNewsTeaserThatNamesTheSiteInTheThirdPersonStays() {
    assertEquals(Optional.empty(), SelfPromotion.rule(
        teaser("Riverbank-Post.example wins a press award", "The jury praised the paper's flood reporting and named two of its reporters."),
        SITE));
  }

  @Test
  void aTeaserNamingTheSiteToTheReaderWithoutThePublishersWeStays() {
    assertEquals(Optional.empty(), SelfPromotion.rule(
        teaser("Riverbank-Post.example readers pick the best bakery", "You voted in thousands, and the winner is on Mill Street."),
        SITE));
  }

  @Test
  void withoutADeclaredAddressOnlyATeaserNamingTheSiteGoes() {
    // An organisation's e-mail speaks as "we" to "you" throughout; there, its own news asks too.
    List<Section> letter = new ArrayList<>(news());
    letter.add(teaser("Our volunteers planted a wood", "Thanks to you, our volunteers planted 300 trees. Join us next month!"));
    assertEquals(letter, SelfPromotion.without(letter, "", null, d -> {}));
    List<Section> page = new ArrayList<>(news());
    page.add(teaser("Our volunteers planted a wood", "Thanks to you, our volunteers planted 300 trees. Join us next month!"));
    assertEquals(news(), SelfPromotion.without(page, HOME, null, d -> {}));
  }

  @Test
  void aTeaserThatNamesAnotherSiteOrALongerHostStays() {
    assertEquals(Optional.empty(), SelfPromotion.rule(
        teaser("Rival portal harbour-daily.example is sold", "If you read it, you will see no change, says its new owner."), SITE));
    assertEquals(Optional.empty(), SelfPromotion.rule(
        teaser("Fan site old-riverbank-post.example closes", "Its founder thanks you for twenty years of letters."), SITE));
  }

  @Test
  void weAndYouInsideQuotationMarksAreSomeoneElsesWords() {
    assertEquals(Optional.empty(), SelfPromotion.rule(
        teaser("\u201CWe will rebuild our bridge,\u201D says mayor",
            "\"Visit our town again, you will be welcome,\" she told the crowd on Riverbank-Post.example's stage."),
        SITE));
  }

  @Test
  void aNewsHeadlineInTheFirstPersonWithoutAnAskOrWithoutWeInItsBlurbStays() {
    assertEquals(Optional.empty(), SelfPromotion.rule(
        teaser("What we know about the bridge closure", "Engineers found cracks on Friday. Find out what it means for you."),
        SITE));
    assertEquals(Optional.empty(), SelfPromotion.rule(
        teaser("What we know about the flood", "We spoke to the engineers; here is what you need to know about the detours."),
        SITE));
  }

  @Test
  void aCommunityTeaserThatAsksTheReaderUnderAThirdPersonHeadlineStays() {
    assertEquals(Optional.empty(), SelfPromotion.rule(
        teaser("Readers' guide to trucking games", "We have many members who want to start. Share your tips in the thread!"),
        SITE));
  }

  @Test
  void theUsThatIsTheCountryIsNotThePublisher() {
    String blurb = "Our guide explains the rules for you: visit the embassy page first.";
    assertEquals(Optional.empty(), SelfPromotion.rule(teaser("US offers new student visas", blurb), SITE));
    assertEquals(Optional.of(SelfPromotion.PUBLISHER_VOICE), SelfPromotion.rule(teaser("Let us show you around", blurb), SITE));
  }

  @Test
  void withoutDropsOnlySelfPromotionFromAListingOfLinkedTeasers() {
    List<Section> page = new ArrayList<>(news());
    page.add(2, teaser("Offers from our neighbours", "Our neighbours at the museum have tours for you: simply visit their pages."));
    List<Dropped> dropped = new ArrayList<>();
    List<Section> kept = SelfPromotion.without(page, HOME, null, dropped::add);
    assertEquals(news(), kept);
    assertEquals(List.of(SelfPromotion.PUBLISHER_VOICE, SelfPromotion.PUBLISHER_VOICE),
        dropped.stream().map(Dropped::rule).toList());
  }

  @Test
  void aStoryBodyOrAPageOfFewTeasersIsNeverJudged() {
    Section ask = teaser("Offers from our neighbours", "Our neighbours at the museum have tours for you: simply visit their pages.");
    // Three stories are not a listing.
    List<Section> few = List.of(news().get(0), news().get(1), ask);
    assertSame(few, SelfPromotion.without(few, HOME, null, d -> {}));
    // A story of three paragraphs is a body, not a teaser.
    List<Section> withBody = new ArrayList<>(news());
    withBody.add(new Section("Offers from our neighbours", List.of(ask.paragraphs().get(0), "More.", "More still."), ask.url()));
    assertEquals(withBody, SelfPromotion.without(withBody, HOME, null, d -> {}));
  }

  @Test
  void aTeaserLinkingToAnotherSiteIsNotTheSitesOwn() {
    List<Section> page = new ArrayList<>(news());
    page.add(new Section("Offers from our neighbours",
        List.of("Our neighbours at the museum have tours for you: simply visit their pages."), "https://museum.example/tours"));
    assertEquals(page, SelfPromotion.without(page, HOME, null, d -> {}));
  }

  @Test
  void withoutAnAddressThePageIsTheSiteMostStoryLinksPointTo() {
    List<Section> page = new ArrayList<>(news());
    page.add(teaser("Riverbank-Post.example on your phone", "Our app is out: read every story wherever you are."));
    assertEquals(news(), SelfPromotion.without(page, "", null, d -> {}));
  }

  @Test
  void theHostLosesItsWwwAndOnlyWebAddressesHaveOne() {
    assertEquals("riverbank-post.example", SelfPromotion.host("https://www.riverbank-post.example/en"));
    assertEquals("news.riverbank-post.example", SelfPromotion.host("http://news.riverbank-post.example"));
    assertNull(SelfPromotion.host("mailto:desk@riverbank-post.example"));
    assertNull(SelfPromotion.host(""));
  }

  @Test
  void quotationsGoButApostrophesStay() {
    assertEquals("Visit our partners\u2019 pages, she said.",
        spaced(SelfPromotion.unquoted("Visit our partners\u2019 pages, \u2018now\u2019 she said.")));
    assertEquals("The plan, and the country's view.", spaced(SelfPromotion.unquoted("The 'we can' plan, and the country's view.")));
    assertEquals("The mayor said: she would stay.", spaced(SelfPromotion.unquoted("The mayor said: \"We stay\" she would stay.")));
  }

  private static String spaced(String text) {
    return text.replaceAll("\\s+", " ");
  }

  @Test
  void theReaderExplainsEveryDroppedTeaserLine() throws EditionException {
    StringBuilder html = new StringBuilder("<html><head><link rel=\"canonical\" href=\"" + HOME + "\"></head><body><main>");
    List<Section> page = new ArrayList<>(news());
    page.add(teaser("Riverbank-Post.example on your phone", "Our app is out: read every story wherever you are."));
    for (Section s : page) {
      html.append("<article><h3><a href=\"").append(s.url()).append("\">").append(s.title()).append("</a></h3><p>")
          .append(s.paragraphs().get(0)).append("</p></article>");
    }
    html.append("</main></body></html>");
    List<Dropped> dropped = new ArrayList<>();
    Edition edition = EditionReader.automatic()
        .read(new InputDocument("front.html", html.toString().getBytes(StandardCharsets.UTF_8)), dropped::add);
    assertEquals(news().stream().map(Section::title).toList(), edition.sections().stream().map(Section::title).toList());
    assertTrue(dropped.contains(new Dropped(SelfPromotion.NAMES_THE_SITE, "Riverbank-Post.example on your phone")));
    assertTrue(dropped.contains(new Dropped(SelfPromotion.NAMES_THE_SITE, "Our app is out: read every story wherever you are.")));
  }
}
