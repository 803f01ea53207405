package org.editionaudio.speech;

import java.io.StringWriter;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.editionaudio.common.Sha256;

/**
 * Builds MaryXML documents with the DOM API. Text only ever enters as a text node, so nothing in an
 * edition can become markup, change the voice or load a file.
 */
public final class MaryXml {
  /** The MaryXML namespace. */
  public static final String NAMESPACE = "http://mary.dfki.de/2002/MaryXML";

  private static final DocumentBuilder BUILDER = newBuilder();
  private static final javax.xml.transform.TransformerFactory TRANSFORMERS =
      javax.xml.transform.TransformerFactory.newInstance();

  private MaryXml() {}

  /** A document that says {@code spokenText} with the prosody the voice profile gives lines of this kind. */
  public static Document line(ScriptLine.Kind kind, String spokenText, VoiceProfile voice) {
    return line(kind, new SpokenText(List.of(new SpokenText.Text(spokenText))), voice);
  }

  /**
   * A document that says {@code spoken} with the prosody the voice profile gives lines of this kind:
   * its text as text nodes and each pronounced word as {@code <t ph="…">word</t>}.
   */
  public static Document line(ScriptLine.Kind kind, SpokenText spoken, VoiceProfile voice) {
    Document document;
    synchronized (BUILDER) {
      document = BUILDER.newDocument();
    }
    Element root = document.createElementNS(NAMESPACE, "maryxml");
    root.setAttribute("version", "0.5");
    root.setAttributeNS(XMLConstants.XML_NS_URI, "xml:lang", "en-US");
    document.appendChild(root);
    Element paragraph = document.createElementNS(NAMESPACE, "p");
    root.appendChild(paragraph);
    Element prosody = document.createElementNS(NAMESPACE, "prosody");
    prosody.setAttribute("rate", kind == ScriptLine.Kind.HEADLINE ? voice.headlineRate() : voice.rate());
    prosody.setAttribute("pitch", voice.pitch());
    paragraph.appendChild(prosody);
    for (SpokenText.Part part : spoken.parts()) {
      if (part instanceof SpokenText.Text text) {
        prosody.appendChild(document.createTextNode(text.text()));
      } else {
        SpokenText.Word word = (SpokenText.Word) part;
        // MaryTTS's tokenizer keeps a given <t> as one token and its phonemiser uses ph as it is.
        Element token = document.createElementNS(NAMESPACE, "t");
        token.setAttribute("ph", word.phonemes());
        token.appendChild(document.createTextNode(word.text()));
        prosody.appendChild(document.createTextNode(" "));
        prosody.appendChild(token);
        prosody.appendChild(document.createTextNode(" "));
      }
    }
    return document;
  }

  /**
   * A SHA-256 of the document as XML text and of {@code salt}: equal for documents that say the
   * same thing the same way, so it can key a cache of their audio.
   */
  public static String fingerprint(Document document, String salt) {
    try {
      StringWriter xml = new StringWriter();
      javax.xml.transform.Transformer transformer;
      synchronized (TRANSFORMERS) {
        transformer = TRANSFORMERS.newTransformer();
      }
      transformer.setOutputProperty(javax.xml.transform.OutputKeys.OMIT_XML_DECLARATION, "yes");
      transformer.transform(new javax.xml.transform.dom.DOMSource(document),
          new javax.xml.transform.stream.StreamResult(xml));
      return Sha256.of(salt + "\u0000" + xml);
    } catch (javax.xml.transform.TransformerException e) {
      throw new IllegalStateException("a DOM document always serializes", e);
    }
  }

  private static DocumentBuilder newBuilder() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      return factory.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser supports these features", e);
    }
  }
}
