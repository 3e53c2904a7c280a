package dev.neonjava.conformance;

import java.util.ArrayList;
import java.util.List;

/** What one round of one operation showed, per column of the suite's table. */
final class Outcome {
  final String operationId;
  final Profile profile;
  final List<String> requestProblems = new ArrayList<>();
  final List<String> decodeProblems = new ArrayList<>();
  final List<String> roundTripProblems = new ArrayList<>();
  final List<String> mockProblems = new ArrayList<>();
  boolean roundTripChecked;

  Outcome(String operationId, Profile profile) {
    this.operationId = operationId;
    this.profile = profile;
  }

  void request(String problem) {
    requestProblems.add(problem);
  }

  void decode(String problem) {
    decodeProblems.add(problem);
  }

  void roundTrip(String problem) {
    roundTripProblems.add(problem);
  }

  void roundTripChecked() {
    roundTripChecked = true;
  }

  void mock(String problem) {
    mockProblems.add(problem);
  }

  List<String> all() {
    List<String> all = new ArrayList<>();
    requestProblems.forEach(p -> all.add("request: " + p));
    decodeProblems.forEach(p -> all.add("decode: " + p));
    roundTripProblems.forEach(p -> all.add("round-trip: " + p));
    return all;
  }
}
