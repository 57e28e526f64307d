package org.briefkit.render;

/** The one shared wrapper (it is write-protected and thread-safe). */
final class SandboxWrapperHolder {
    static final SandboxWrapper WRAPPER = new SandboxWrapper();

    private SandboxWrapperHolder() {
    }
}
