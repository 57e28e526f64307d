package org.briefkit.diag;

/** How bad a diagnostic is. Errors fail the build; warnings are reported and the build goes on. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The lower-case word printed in diagnostics: {@code error} or {@code warning}. */
    public String label() {
        return label;
    }
}
