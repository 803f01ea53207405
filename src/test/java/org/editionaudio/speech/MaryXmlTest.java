package org.editionaudio.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class MaryXmlTest {
  private static final VoiceProfile VOICE = new VoiceProfile("t", "t", "cmu-slt-hsmm", "100%", "85%", "+2%");

  @Test
  void textIsOneTextNodeWhateverMarkupItHolds() throws Exception {
    String hostile = "The memo read <prosody rate=\"x-slow\">slowly</prosody> &amp; <voice name=\"x\">hi</voice> "
        + "]]> <!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]> &e; <t ph=\"A\">word</t>";
    Document document = MaryXml.line(ScriptLine.Kind.PARAGRAPH, hostile, VOICE);
    Element prosody = (Element) document.getDocumentElement().getFirstChild().getFirstChild();
    assertEquals("prosody", prosody.getLocalName());
    assertEquals(1, prosody.getChildNodes().getLength());
    assertEquals(Node.TEXT_NODE, prosody.getFirstChild().getNodeType());
    assertEquals(hostile, prosody.getTextContent());
    assertEquals(1, document.getElementsByTagNameNS("*", "prosody").getLength(), "no prosody from the text");
    assertEquals(0, document.getElementsByTagNameNS("*", "voice").getLength());
    assertEquals(null, document.getDoctype());

    String xml = serialize(document);
    assertFalse(xml.contains("<voice"), xml);
    assertTrue(xml.contains("&lt;prosody rate=\"x-slow\"&gt;"), xml);
    assertTrue(xml.contains("]]&gt;"), xml);
  }

  @Test
  void headlinesAndParagraphsTakeTheProfileProsody() {
    Element headline = (Element) MaryXml.line(ScriptLine.Kind.HEADLINE, "H", VOICE)
        .getElementsByTagNameNS(MaryXml.NAMESPACE, "prosody").item(0);
    Element paragraph = (Element) MaryXml.line(ScriptLine.Kind.PARAGRAPH, "P", VOICE)
        .getElementsByTagNameNS(MaryXml.NAMESPACE, "prosody").item(0);
    assertEquals("85%", headline.getAttribute("rate"));
    assertEquals("100%", paragraph.getAttribute("rate"));
    assertEquals("+2%", paragraph.getAttribute("pitch"));
    assertEquals("en-US", headline.getOwnerDocument().getDocumentElement()
        .getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
  }

  @Test
  void pronouncedWordsAreTokensWithPhonemesAndTheirTextIsATextNode() throws Exception {
    SpokenText spoken = new SpokenText(List.of(
        new SpokenText.Text("Colonel "),
        new SpokenText.Word("Go<i>ta\"&", "g @U - ' i - t @"),
        new SpokenText.Text(" & <t ph=\"x\">spoke</t>.")));
    Document document = MaryXml.line(ScriptLine.Kind.PARAGRAPH, spoken, VOICE);
    NodeList tokens = document.getElementsByTagNameNS(MaryXml.NAMESPACE, "t");
    assertEquals(1, tokens.getLength(), "only the pronounced word is a token");
    Element token = (Element) tokens.item(0);
    assertEquals("g @U - ' i - t @", token.getAttribute("ph"));
    assertEquals(1, token.getChildNodes().getLength());
    assertEquals(Node.TEXT_NODE, token.getFirstChild().getNodeType());
    assertEquals("Go<i>ta\"&", token.getTextContent());
    Element prosody = (Element) token.getParentNode();
    assertEquals("prosody", prosody.getLocalName());
    assertTrue(prosody.getTextContent().contains(" & <t ph=\"x\">spoke</t>."), prosody.getTextContent());
    String xml = serialize(document);
    assertTrue(xml.contains("&lt;t ph=\"x\"&gt;spoke&lt;/t&gt;"), xml);
  }

  private static String serialize(Document document) throws Exception {
    StringWriter out = new StringWriter();
    TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
    return out.toString();
  }
}
