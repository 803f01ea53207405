package org.editionaudio.batch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.editionaudio.common.AtomicFiles;
import org.editionaudio.edition.EditionJson;
import org.editionaudio.publish.PublishException;
import org.editionaudio.publish.ToolVersion;

/**
 * What a batch did: its outcomes, the shard it ran and how many editions fell in other shards;
 * as one JSON line per edition, the {@code --report} file and the closing summary line.
 *
 * @param outcomes what happened to each edition, in input order
 * @param shard the shard this run took
 * @param inOtherShards how many editions were left to other shards
 * @param started when the batch started
 */
public record BatchReport(List<Outcome> outcomes, Shard shard, int inOtherShards, Instant started) {
  /** How many editions ended with {@code status}. */
  public long count(Outcome.Status status) {
    return outcomes.stream().filter(o -> o.status() == status).count();
  }

  /**
   * "40 editions: 12 generated, 27 skipped (up to date), 1 failed", naming the shard only when sharding,
   * with where the report went.
   */
  public String summary(Path reportFile) {
    return String.format("%d editions%s: %d generated, %d skipped (up to date), %d failed%s", outcomes.size(),
        shard.count() == 1 ? "" : " (shard " + shard + ")",
        count(Outcome.Status.OK), count(Outcome.Status.SKIPPED), count(Outcome.Status.FAILED),
        reportFile == null ? "" : " — report: " + reportFile);
  }

  /** One edition's outcome as JSON, as {@code batch --json} prints it and the report lists it. */
  public static ObjectNode json(Outcome outcome) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("input", outcome.input().toString());
    node.put("id", outcome.id());
    node.put("status", outcome.status().name().toLowerCase(Locale.ROOT));
    node.put("exitCode", outcome.exitCode());
    node.put("error", outcome.error());
    node.put("output", outcome.output() == null ? null : outcome.output().toString());
    node.put("audioMs", outcome.audioMs());
    // The old name of audioMs, kept for one version.
    node.put("durationMs", outcome.audioMs());
    node.put("wallMs", outcome.wallMs());
    if (outcome.timings() != null) {
      ObjectNode timings = node.putObject("timings");
      timings.put("parseMs", outcome.timings().parseMs());
      timings.put("speechMs", outcome.timings().speechMs());
      timings.put("encodeMs", outcome.timings().encodeMs());
      timings.put("writeMs", outcome.timings().writeMs());
    }
    return node;
  }

  /** The whole report as JSON, finished now. */
  ObjectNode json() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("tool", ToolVersion.NAME);
    root.put("toolVersion", ToolVersion.version());
    root.put("startedAt", started.toString());
    Instant finished = Instant.now();
    root.put("finishedAt", finished.toString());
    root.put("wallMs", java.time.Duration.between(started, finished).toMillis());
    root.put("shard", shard.toString());
    root.put("inOtherShards", inOtherShards);
    ObjectNode totals = root.putObject("totals");
    totals.put("editions", outcomes.size());
    for (Outcome.Status status : Outcome.Status.values()) {
      totals.put(status.name().toLowerCase(Locale.ROOT), count(status));
    }
    ArrayNode editions = root.putArray("editions");
    outcomes.forEach(o -> editions.add(json(o)));
    return root;
  }

  /** Writes the report to {@code file}, atomically. */
  public void write(Path file) throws PublishException {
    try {
      AtomicFiles.write(file, EditionJson.write(json()).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new PublishException(file, e.toString(), e);
    }
  }
}
