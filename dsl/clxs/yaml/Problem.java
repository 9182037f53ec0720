package clxs.yaml;

/**
 * One thing wrong with a custom-industry file: where ({@code file:line:column}), under which key
 * ({@code tables[0].columns[3].fk}) and what is wrong and expected.
 */
public record Problem(String file, int line, int column, String keyPath, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (keyPath.isEmpty() ? "" : keyPath + ": ") + message;
    }
}
