package org.editionaudio.speech;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a W3C Pronunciation Lexicon (PLS 1.0) with a hardened StAX parser: no DOCTYPE, no
 * entities, every error with its line.
 */
final class LexiconReader {
  /** The PLS namespace. */
  static final String NAMESPACE = "http://www.w3.org/2005/01/pronunciation-lexicon";
  /** The only phonetic alphabet accepted: MaryTTS's phone set for the voice's language. */
  static final String ALPHABET = "x-marytts";

  private final String source;
  private final PhoneSet phones;

  LexiconReader(String source, PhoneSet phones) {
    this.source = source;
    this.phones = phones;
  }

  /** The entries of the lexicon in {@code in}, in file order. */
  List<Lexicon.Entry> read(InputStream in) throws LexiconException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    XMLStreamReader reader = null;
    try {
      reader = factory.createXMLStreamReader(new StringReader(utf8(in)));
      return entries(reader);
    } catch (XMLStreamException e) {
      Location at = e.getLocation();
      throw new LexiconException(source, at == null ? 0 : at.getLineNumber(), "not well-formed XML (" + plain(e) + ")");
    } finally {
      if (reader != null) {
        try {
          reader.close();
        } catch (XMLStreamException e) {
          // Closing a parser that already failed adds nothing to the first error.
        }
      }
    }
  }

  /**
   * The file as text. The JDK's parser, given bytes that are not UTF-8, prints its own
   * "[Fatal Error]" line on stderr before it throws, so the bytes are decoded here, strictly.
   */
  private String utf8(InputStream in) throws LexiconException {
    byte[] bytes;
    try {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new LexiconException(source, 0, "cannot read it (" + e.getMessage() + ")");
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(buffer)
          .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      int line = 1;
      for (int i = 0; i < buffer.position(); i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      throw new LexiconException(source, line, "not a UTF-8 text file (byte " + (buffer.position() + 1)
          + " is not UTF-8); a lexicon is a PLS XML file");
    }
  }

  private List<Lexicon.Entry> entries(XMLStreamReader reader) throws XMLStreamException, LexiconException {
    List<Lexicon.Entry> entries = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    boolean root = false;
    while (reader.hasNext()) {
      int event = reader.next();
      int line = reader.getLocation().getLineNumber();
      switch (event) {
        case XMLStreamConstants.DTD -> throw new LexiconException(source, line, "a DOCTYPE is not allowed");
        case XMLStreamConstants.ENTITY_REFERENCE ->
            throw new LexiconException(source, line, "entity &" + reader.getLocalName() + "; is not allowed");
        case XMLStreamConstants.START_ELEMENT -> {
          if (!root) {
            checkRoot(reader, line);
            root = true;
          } else if (reader.getLocalName().equals("lexeme") && NAMESPACE.equals(reader.getNamespaceURI())) {
            Lexicon.Entry entry = lexeme(reader, line);
            for (String grapheme : entry.graphemes()) {
              Integer earlier = seen.putIfAbsent(grapheme, line);
              if (earlier != null) {
                throw new LexiconException(source, line, "grapheme '" + grapheme + "' is already defined on line " + earlier);
              }
            }
            entries.add(entry);
          } else if (reader.getLocalName().equals("meta") || reader.getLocalName().equals("metadata")) {
            skip(reader);
          } else {
            throw new LexiconException(source, line, "unexpected element <" + reader.getLocalName() + ">; a lexicon holds <lexeme> entries");
          }
        }
        default -> { }
      }
    }
    if (!root) {
      throw new LexiconException(source, 0, "the file is empty");
    }
    return entries;
  }

  private void checkRoot(XMLStreamReader reader, int line) throws LexiconException {
    if (!reader.getLocalName().equals("lexicon") || !NAMESPACE.equals(reader.getNamespaceURI())) {
      throw new LexiconException(source, line, "the root element must be <lexicon xmlns=\"" + NAMESPACE + "\">");
    }
    String alphabet = reader.getAttributeValue(null, "alphabet");
    if (!ALPHABET.equals(alphabet)) {
      throw new LexiconException(source, line, "alphabet=\"" + alphabet + "\" is not supported; use alphabet=\"" + ALPHABET
          + "\" (MaryTTS's en_US phones)");
    }
    String language = reader.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
    if (language != null && !language.matches("(?i)en(-US)?")) {
      throw new LexiconException(source, line, "xml:lang=\"" + language + "\": the voice speaks en-US");
    }
  }

  private Lexicon.Entry lexeme(XMLStreamReader reader, int line) throws XMLStreamException, LexiconException {
    List<String> graphemes = new ArrayList<>();
    String alias = null;
    String phonemes = null;
    boolean preferred = false;
    while (reader.hasNext()) {
      int event = reader.next();
      int at = reader.getLocation().getLineNumber();
      if (event == XMLStreamConstants.END_ELEMENT) {
        break;
      }
      if (event == XMLStreamConstants.ENTITY_REFERENCE) {
        throw new LexiconException(source, at, "entity &" + reader.getLocalName() + "; is not allowed");
      }
      if (event == XMLStreamConstants.CHARACTERS && !reader.isWhiteSpace()) {
        throw new LexiconException(source, at, "text outside <grapheme>, <alias> or <phoneme>");
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String name = reader.getLocalName();
      boolean prefer = "true".equals(reader.getAttributeValue(null, "prefer"));
      String alphabet = reader.getAttributeValue(null, "alphabet");
      String text = text(reader, name, at);
      switch (name) {
        case "grapheme" -> {
          if (!text.matches(".*[\\p{L}\\p{N}].*")) {
            throw new LexiconException(source, at, "<grapheme> needs a word");
          }
          graphemes.add(text);
        }
        case "alias", "phoneme" -> {
          if (text.isEmpty()) {
            throw new LexiconException(source, at, "<" + name + "> is empty");
          }
          if (name.equals("phoneme") && alphabet != null && !alphabet.equals(ALPHABET)) {
            throw new LexiconException(source, at, "alphabet=\"" + alphabet + "\" is not supported; use " + ALPHABET);
          }
          if ((alias == null && phonemes == null) || (prefer && !preferred)) {
            alias = name.equals("alias") ? text : null;
            phonemes = name.equals("phoneme") ? phonemes(text, at) : null;
            preferred = prefer;
          } else if (name.equals("phoneme")) {
            phonemes(text, at);
          }
        }
        case "example" -> { }
        default -> throw new LexiconException(source, at, "unexpected element <" + name + "> in <lexeme>");
      }
    }
    if (graphemes.isEmpty()) {
      throw new LexiconException(source, line, "<lexeme> has no <grapheme>");
    }
    if (alias == null && phonemes == null) {
      throw new LexiconException(source, line, "<lexeme> for '" + graphemes.get(0) + "' has neither <alias> nor <phoneme>");
    }
    return new Lexicon.Entry(graphemes, alias, phonemes, source, line);
  }

  private String phonemes(String text, int line) throws LexiconException {
    try {
      return phones.check(text);
    } catch (IllegalArgumentException e) {
      throw new LexiconException(source, line, "<phoneme>: " + e.getMessage());
    }
  }

  /** The text of a simple element, whitespace collapsed. */
  private String text(XMLStreamReader reader, String name, int line) throws XMLStreamException, LexiconException {
    StringBuilder text = new StringBuilder();
    while (true) {
      int event = reader.next();
      if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
        text.append(reader.getText());
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        return text.toString().strip().replaceAll("\\s+", " ");
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        throw new LexiconException(source, reader.getLocation().getLineNumber(),
            "<" + name + "> holds text only, not <" + reader.getLocalName() + ">");
      } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
        throw new LexiconException(source, reader.getLocation().getLineNumber(), "entity &" + reader.getLocalName() + "; is not allowed");
      }
    }
  }

  private static void skip(XMLStreamReader reader) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private static String plain(XMLStreamException e) {
    String message = String.valueOf(e.getMessage());
    int detail = message.lastIndexOf("Message: ");
    return (detail >= 0 ? message.substring(detail + "Message: ".length()) : message).strip();
  }
}
