package dev.neonjava.wait;

/** What an acceptor makes of one observed state. */
public enum WaitState {
  /** The wait is over and succeeded. */
  SUCCESS,
  /** The wait is over and failed. */
  FAILURE,
  /** Keep polling. */
  PENDING
}
