package dev.neonjava.runtime;

/**
 * Thrown when a request would send back an enum value that this client version only received and
 * does not know. Use the type's {@code unchecked(value)} to send such a value on purpose.
 */
public class UnknownEnumValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String enumName;
  private final String value;

  /**
   * @param enumName the enum type
   * @param value the unknown value
   */
  public UnknownEnumValueException(String enumName, String value) {
    super(enumName + " value '" + value + "' is unknown to this client version and was not sent;"
        + " use " + enumName + ".unchecked(\"" + value + "\") to send it deliberately");
    this.enumName = enumName;
    this.value = value;
  }

  /** @return the enum type */
  public String enumName() {
    return enumName;
  }

  /** @return the unknown value */
  public String value() {
    return value;
  }
}
