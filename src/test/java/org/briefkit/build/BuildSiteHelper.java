package org.briefkit.build;

import org.briefkit.source.ThemeSource;
import org.briefkit.testing.TestSite;
import org.briefkit.write.MemoryOutput;

/** Builds a {@link TestSite} with options the helper does not expose. */
public final class BuildSiteHelper {
    private BuildSiteHelper() {
    }

    public static TestSite.Built withZip(TestSite site) {
        MemoryOutput out = new MemoryOutput();
        BuildResult r = new SiteBuilder(site.source(), ThemeSource.builtIn(), new BuildOptions(false, false, 2, null, true),
                BuildListener.NONE).build(out);
        return new TestSite.Built(r, out);
    }
}
