package io.github.faqkit.core.kramdown;

import org.junit.jupiter.api.Test;

class TmpDump2 {
    @Test
    void dump() throws Exception {
        for (String c : System.getProperty("cases", "b05_blank_before_ial").split(",")) {
            var m = KramdownGoldenTest.analyze(c);
            System.out.println("### " + c);
            m.attributeLines().forEach(a -> System.out.println("  " + a));
            m.headings().forEach(a -> System.out.println("  " + a));
            System.out.println("  " + m.toc());
            m.brokenMarkers().forEach(a -> System.out.println("  " + a));
        }
    }
}
