package io.reel2sop.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactionRulesTest {
  private static final RedactionRules KINDS = RedactionRules.of("emails,phones,cards", "", "");

  @Test
  void emailsPhonesAndCardsAreMaskedWhereverTheyStand() {
    assertEquals("Write to [redacted] today.", KINDS.mask("Write to jane.doe+crm@example.co.uk today."));
    assertEquals("Call [redacted] or [redacted].", KINDS.mask("Call +1 (555) 201-7788 or 555-201-7788."));
    assertEquals("UK: [redacted]", KINDS.mask("UK: +44 20 7946 0958"));
    assertEquals("Card [redacted], exp 12/29", KINDS.mask("Card 4111 1111 1111 1111, exp 12/29"));
    assertEquals("Card [redacted]", KINDS.mask("Card 4111-1111-1111-1111"));
    assertEquals("Card [redacted]", KINDS.mask("Card 4111111111111111"));
  }

  @Test
  void datesTimesAndShortNumbersAreNoSecrets() {
    for (String text : List.of("Due 2026-12-03 at 10:30", "Order 12345", "Invoice INV-2024-0042", "Page 3 of 12",
        "version 0.3.45", "Total $1,250.00")) {
      assertEquals(text, KINDS.mask(text), text);
    }
  }

  @Test
  void wordsAreWholeWordsInAnyCaseAndPatternsAreRegularExpressions() {
    RedactionRules rules = RedactionRules.of("none", "Falcon, Lina Márquez", "ACCT-\\d{4} (?i)secret\\w*");
    assertEquals("Project [redacted] and [redacted] but not Falconry",
        rules.mask("Project FALCON and lina márquez but not Falconry"));
    assertEquals("Account [redacted]: [redacted]", rules.mask("Account ACCT-0042: SecretSauce"));
    assertEquals(List.of(new RedactionRules.Span(8, 14)), rules.find("Project Falcon"));
  }

  @Test
  void overlappingMatchesAreOneSpan() {
    RedactionRules rules = RedactionRules.of("cards,phones", "", "");
    assertEquals(List.of(new RedactionRules.Span(0, 19)), rules.find("4111 1111 1111 1111"));
  }

  @Test
  void noneIsEmptyAndBadInputIsNamed() {
    assertTrue(RedactionRules.of("none", " , ", "  ").isEmpty());
    assertTrue(RedactionRules.of("", null, null).isEmpty());
    assertEquals(List.of(RedactKind.EMAILS, RedactKind.PHONES), RedactionRules.of("Emails, phones,emails", "", "").kinds());
    IllegalArgumentException kind = assertThrows(IllegalArgumentException.class, () -> RedactionRules.of("mails", "", ""));
    assertEquals("--redact=mails: expected a list of emails,phones,cards (or none)", kind.getMessage());
    IllegalArgumentException pattern = assertThrows(IllegalArgumentException.class, () -> RedactionRules.of("", "", "a(b"));
    assertTrue(pattern.getMessage().startsWith("redactPatterns: 'a(b' is not a regular expression"), pattern.getMessage());
  }

  @Test
  void survivesJavaSerialisationAsBeamShipsIt() throws Exception {
    RedactionRules rules = RedactionRules.of("emails", "Falcon", "ACCT-\\d+");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(rules);
    }
    RedactionRules back;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      back = (RedactionRules) in.readObject();
    }
    assertEquals(rules, back);
    assertEquals("[redacted], [redacted], [redacted]", back.mask("a@b.io, falcon, ACCT-7"));
  }
}
