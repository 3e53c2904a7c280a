package dev.neonjava.conformance;

/**
 * Which extreme values one round of the conformance suite uses. Even rounds are "high" (integers at
 * their maximum, long arrays, long non-ASCII strings, nullable fields set, latest dates), odd rounds
 * "low" (integers at their minimum, empty arrays, nullable fields as {@code null}, earliest dates).
 * Enum values rotate with the round so that every value is used; the last round answers with enum
 * values the spec does not know.
 */
final class Profile {
  final int round;
  final boolean high;
  final boolean unknownEnums;

  Profile(int round, boolean high, boolean unknownEnums) {
    this.round = round;
    this.high = high;
    this.unknownEnums = unknownEnums;
  }

  /**
   * @param round the round, from 0
   * @param unknownEnums whether responses carry enum values the spec does not know
   * @return the profile of that round
   */
  static Profile of(int round, boolean unknownEnums) {
    return new Profile(round, round % 2 == 0, unknownEnums);
  }

  /**
   * @param index the index of an array item
   * @param count the number of items in the array
   * @return the same extremes with enum values rotated so that the items of successive high rounds
   *     take successive values (round 0: 0..count-1, round 2: count..2*count-1, ...)
   */
  Profile item(int index, int count) {
    return new Profile((round / 2) * count + index, high, unknownEnums);
  }

  @Override
  public String toString() {
    return "round " + round + (high ? " (high" : " (low") + (unknownEnums ? ", unknown enum values)" : ")");
  }
}
