package org.editionaudio.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A folder served over HTTP on 127.0.0.1 at a free port, as a publisher's web server would serve
 * the output folder: content types, and byte ranges (206), without which a browser cannot seek
 * in the audio.
 */
final class StaticServer implements AutoCloseable {
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8", "vtt", "text/vtt; charset=utf-8", "json", "application/json",
      "mp3", "audio/mpeg", "m4a", "audio/mp4", "opus", "audio/ogg", "jpg", "image/jpeg", "png", "image/png");
  private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

  private final HttpServer server;
  private final Path root;

  StaticServer(Path root) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::serve);
    server.start();
  }

  /** The address of {@code file}, a path relative to the folder. */
  String url(String file) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + file;
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8).substring(1);
      Path file = root.resolve(path.isEmpty() ? "index.html" : path).normalize();
      boolean head = exchange.getRequestMethod().equals("HEAD");
      if (!file.startsWith(root) || !Files.isRegularFile(file)
          || !(head || exchange.getRequestMethod().equals("GET"))) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      String name = file.getFileName().toString();
      String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
      long size = Files.size(file);
      long from = 0;
      long to = size - 1;
      int status = 200;
      String range = exchange.getRequestHeaders().getFirst("Range");
      Matcher m = range == null ? null : RANGE.matcher(range.trim());
      if (m != null && m.matches() && !(m.group(1).isEmpty() && m.group(2).isEmpty())) {
        if (m.group(1).isEmpty()) {
          from = Math.max(0, size - Long.parseLong(m.group(2)));
        } else {
          from = Long.parseLong(m.group(1));
          to = m.group(2).isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(m.group(2)));
        }
        if (from > to || from >= size) {
          exchange.getResponseHeaders().set("Content-Range", "bytes */" + size);
          exchange.sendResponseHeaders(416, -1);
          return;
        }
        status = 206;
        exchange.getResponseHeaders().set("Content-Range", "bytes " + from + "-" + to + "/" + size);
      }
      exchange.getResponseHeaders().set("Content-Type", type);
      exchange.getResponseHeaders().set("Accept-Ranges", "bytes");
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      long length = to - from + 1;
      exchange.sendResponseHeaders(status, head ? -1 : length);
      if (!head) {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r"); OutputStream out = exchange.getResponseBody()) {
          in.seek(from);
          byte[] buffer = new byte[64 * 1024];
          long left = length;
          while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
              break;
            }
            out.write(buffer, 0, n);
            left -= n;
          }
        } catch (IOException e) {
          // The browser closed the connection after the bytes it wanted; nothing to report.
        }
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
