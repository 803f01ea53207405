package org.editionaudio.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Calls to action, job ads, footers and site links are told from story text by their form. */
class PromotionsTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "Liked this issue? Forward it to a friend and help us grow. Subscribe for free on our site.",
      "Here is your own referral code. Pass it on and we will send you a mug.",
      "New here? Come to a meeting. Find your ward office. Join our chat group. Follow us online.",
      "Donate today!",
      "You'll receive our newsletter every Tuesday morning."})
  void asksAddressedToTheReaderAreCallsToAction(String text) {
    assertEquals(Optional.of(Promotions.CALL_TO_ACTION), Promotions.rule(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Join the council's open meeting on Thursday at the library. Questions about the plan are welcome there.",
      "Give it a read and see why the critics liked it so much.",
      "Since the market chose adverts over subscriptions, you will have to live with one or the other.",
      "The new watch shows notifications from your phone, as well as the weather and your calendar.",
      "Officials are seeking the suspect's extradition over his alleged role in the leak.",
      "Apply for the city arts fund"})
  void storySentencesThatMentionAnAskAreRead(String text) {
    assertEquals(Optional.empty(), Promotions.rule(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Want to advertise in The Harbour Letter? Our readers run shops and boats along the coast. Get in touch.",
      "Interested in sponsoring a newsletter issue? Email the editors."})
  void aQuestionWithoutYouThatAsksForTheEditionThenAnAskIsACallToAction(String text) {
    assertEquals(Optional.of(Promotions.CALL_TO_ACTION), Promotions.rule(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Interested in advertising? The paper's revenue from adverts fell by half last year, the report says.",
      "Want to know more? The council publishes its newsletter on Fridays."})
  void aQuestionAboutTheEditionWithoutAnAskIsRead(String text) {
    assertEquals(Optional.empty(), Promotions.rule(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Were you at the fair? Send pictures", "Did you see the storm? Tell us what happened."})
  void aQuestionToTheReaderWithOneAskIsACallToAction(String text) {
    assertEquals(Optional.of(Promotions.CALL_TO_ACTION), Promotions.rule(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Is it over? Send the bill back to the committee, the senator told the chamber on Friday afternoon.",
      "Were they warned? Tell-tale cracks had been reported in the wall for two years before it fell.",
      "Send the bill back to committee."})
  void aQuestionNotPutToTheReaderOrALongerSentenceIsRead(String text) {
    assertEquals(Optional.empty(), Promotions.rule(text));
  }

  @Test
  void aHiringSentenceIsAJobAd() {
    assertEquals(Optional.of(Promotions.JOB_AD),
        Promotions.rule("The corner bakery is seeking full-time bakers for its early shift."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"This e-mail was sent to you because you signed up.", "PO Box 12", "Springfield, IL 62701",
      "The club is a 501(c)3 nonprofit.", "Dues paid to the club are not deductible."})
  void footerLinesAreFooter(String text) {
    assertEquals(Optional.of(Promotions.FOOTER), Promotions.rule(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Return to the home page", "Open the mirror site", "View the web version"})
  void linksBackToTheSiteAreSiteLinks(String text) {
    assertEquals(Optional.of(Promotions.SITE_LINK), Promotions.rule(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Jobs", "HELP WANTED: Two line cooks", "Join the campaign!", "Volunteer",
      "Share this newsletter", "The bakery is hiring a part-time baker"})
  void jobBoardsAndAsksHeadPromotedBlocks(String headline) {
    assertTrue(Promotions.label(headline).isPresent());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Career", "Support grows for the new bridge", "Share this information, please?",
      "Jobless rate falls to a record low"})
  void storyHeadlinesAreNotPromotedLabels(String headline) {
    assertEquals(Optional.empty(), Promotions.label(headline));
  }

  @Test
  void aBlockAboutTheEditionItselfIsLeftOut() {
    assertEquals(Optional.of(Promotions.ABOUT_THE_EDITION), Promotions.rule(
        "The next issue comes out in March. Readers on the mailing list get it by e-mail, and friends can subscribe too."));
  }

  @Test
  void aStorySentenceThatMentionsASubscriptionIsRead() {
    assertEquals(Optional.empty(), Promotions.rule(
        "The columnist picks up an op-ed from the Sunday paper, whose website asks for a subscription."));
  }

  @Test
  void aLabelForTheSitesOtherPagesIsACrossPromotion() {
    assertTrue(Promotions.isCrossPromotionLabel("Today on The Evening Site:"));
    assertEquals(false, Promotions.isCrossPromotionLabel("Today on Main Street, the council voted."));
  }
}
