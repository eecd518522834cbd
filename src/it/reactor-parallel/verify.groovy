// Two FAQ modules built with -T 2: every finding's path is relative to the folder the build was started
// in (so it opens from there), and the lines of one module form one block, never interleaved with the other's.
def log = new File(basedir, 'build.log').text
def finding = ~/^\[(ERROR|WARNING|INFO)\] (\S+?):(\d+):(\d+): (error|warning|info): /
def modules = []
log.eachLine { line ->
    def m = finding.matcher(line)
    if (m.find()) {
        def path = m.group(2)
        assert new File(basedir, path).isFile() : "${path} does not open from the execution root"
        assert path ==~ /faq-[ab]\/site\/docs\/p\d\d\.md/ : path
        modules << path.substring(0, 5)
    }
}
assert modules.count('faq-a') == 60 && modules.count('faq-b') == 60 : "expected 60 findings per module, got ${modules.countBy { it }}"
def blocks = modules.inject([]) { runs, m -> (runs && runs[-1] == m) ? runs : runs + [m] }
assert blocks.size() == 2 : "the findings of the two modules interleave: ${blocks}"
// each module's summary closes its block
assert log.count('FAQ validation: 61 pages') == 2
return true
