package clxs.model;

/**
 * Fields of a generated person. Fields drawn with the same key in one row describe the same
 * person: the email is built from that row's first and last name, the first name matches the gender.
 */
public enum PersonField {
    FIRST_NAME, LAST_NAME, FULL_NAME, GENDER, EMAIL, PHONE,
    /** IRS test-range social security number ({@code 9XX-XX-XXXX}), never a real one. */
    SSN
}
