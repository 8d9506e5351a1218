package org.k12jobspot.accounts.api;

import java.util.Map;

/**
 * Input that the accounts module refused, with one plain-language message per field. Nothing was
 * stored when this is thrown.
 */
public class InputRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> problems;

    public InputRejected(Map<String, String> problems) {
        super("Input rejected for fields " + problems.keySet());
        this.problems = Map.copyOf(problems);
    }

    public static InputRejected of(String field, String message) {
        return new InputRejected(Map.of(field, message));
    }

    /** Field name to message; field names are those of the record that was submitted. */
    public Map<String, String> problems() {
        return problems;
    }
}
