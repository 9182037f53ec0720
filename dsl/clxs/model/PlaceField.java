package clxs.model;

/**
 * Fields of a generated US place. Fields drawn with the same key in one row come from one
 * pool entry, so city, state, zip code and coordinates agree with each other.
 */
public enum PlaceField {
    ADDRESS, CITY, STATE, ZIP, LATITUDE, LONGITUDE;

    public SqlType type() {
        return this == LATITUDE || this == LONGITUDE ? SqlType.DOUBLE : SqlType.STRING;
    }
}
