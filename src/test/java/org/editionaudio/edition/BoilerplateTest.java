package org.editionaudio.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Listen to Today's Edition:|player widget",
      "Listen to this article|player widget",
      "0:00 0:00|player widget",
      "100|player widget",
      "12:45 / 30:00|player widget",
      "Subscribe today and GlobalPost will be in your inbox the next weekday morning|subscription pitch",
      "Join us today and pay only $32.95 for an annual subscription, or less than $3 a month.|subscription pitch",
      "And you get a free two-week trial with no obligation to continue.|subscription pitch",
      "Sign up for our newsletter to get the briefing every morning.|subscription pitch",
      "Copyright © 2024 GlobalPost Media Corporation. All Rights Reserved.|copyright line",
      "© 2024 The Lakeside Ledger. All rights reserved.|copyright line",
      "Copy link|sharing or page label",
      "Share · Tweet · Email|sharing or page label",
      "Advertisement|sharing or page label",
      "Today's Edition · Wednesday, September 18, 2024|dateline",
      "Updated Oct. 3, 2024, 5:30 a.m. ET|dateline",
      "Posted 3 hours ago|dateline",
      "Publicado 14.03.2025, 09:41|dateline",
      "By Maria Alvarez and Tom Reed, Harbor Bureau|byline",
      "Reporting by Ana Costa; Editing by Lee Marsh|byline",
      "Photo: Dana Whitfield for the Ledger|caption or credit",
      "The ferry at dusk. (AP Photo/Sam Ortiz)|caption or credit",
      "Read more: How the flood wall was planned|related or read-more pointer",
      "RELATED: Council delays the budget vote|related or read-more pointer",
      "This slideshow requires JavaScript.|page notice",
      "Story continues below advertisement|page notice",
      "Tags: harbor, council, flooding|page notice",
      "Follow us on Instagram for the full gallery|page notice",
  })
  void dropsPageFurniture(String paragraph, String rule) {
    assertEquals(Optional.of(rule), Boilerplate.rule(paragraph));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Netflix said subscriptions rose 9 percent in the quarter, beating forecasts.",
      "The streaming service added a free trial for students, the company said on Tuesday.",
      "Authorities said the situation was under control by 9 a.m. local time.",
      "The last significant jihadist attack in Bamako took place in 2015.",
      "Listen to the people of this city, the mayor told the council, and you will hear their fear.",
      "The band's copyright lawsuit against the label was dismissed by a federal judge in March.",
      "Share prices fell sharply after the announcement on Oct. 3.",
      "He said: \"Subscribe? I never did.\"",
      "All three nations are ruled by military juntas.",
      "June 9 – West Palm Beach, FL @ Harbor Amphitheatre",
      "— Mayor Ruth Okafor (@ruthokafor) October 2, 2024",
      "By noon the crews had cleared every road in the district.",
      "Watch the tide tables this week, the harbor master warned, because the surge will be high.",
      "Related research has found that flood walls shift erosion to nearby beaches.",
  })
  void keepsStorySentences(String paragraph) {
    assertTrue(Boilerplate.rule(paragraph).isEmpty(), () -> "dropped: " + Boilerplate.rule(paragraph));
  }
}
