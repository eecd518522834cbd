import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def patch = new File(basedir, 'target/faq/fix.patch')
def docs = new File(basedir, 'site/docs')

// 1. The dry run: a patch with the files' own paths from the work tree, and none of the console's prefixes.
assert patch.isFile()
def patchText = patch.getText('UTF-8')
assert patchText.startsWith('diff --git a/site/docs/')
assert !patchText.contains('[INFO]') && !patchText.contains('[WARNING]')
assert patchText.contains('"a/site/docs/\\345\\270\\270\\350\\247\\201 \\351\\227\\256\\351\\242\\230/index.md"')
assert log.contains('faq:fix wrote the change to ')
// One mistake, one line: the stray '{:toc}' is TOC001 only, the detached '.no_toc' lines IAL001 only; HDR003 goes
// with the HDR004 fix instead of being left to the writer.
assert log.contains('site/docs/stray.md:12:1: TOC001 can fix')
assert !(log =~ /IAL001 not fixed/)
assert !log.contains('TOC004 no automatic fix')
assert log.contains('site/docs/faq.md:17:13: HDR003 goes away with the other fixes')
assert log.contains('site/docs/stray.md:17:1: TOC001 not fixed')
def dry = (log =~ /faq:fix dry run: would fix (\d+) finding\(s\) in (\d+) file\(s\); (\d+) left for you/)
assert dry.find() : 'no dry run summary'
int fixed = dry.group(1) as int
int left = dry.group(3) as int
assert fixed == 8 // 7 repairs, and HDR003, which the heading repair resolves
assert dry.group(2) == '3'

// 2. git took the patch.
assert log.contains('PATCH-APPLIED')
def faq = new File(docs, 'faq.md').getText('UTF-8')
assert faq.contains('# FAQ\n{: .no_toc }\n\n## Contents\n{: .no_toc .text-delta }\n\n1. TOC\n')
assert faq.contains('\n## Sizes\n') && faq.contains('\nnav_order: 2\n')
def stray = new String(new File(docs, 'stray.md').bytes, 'UTF-8')
assert stray.contains('\r\nnav_order: 10\r\n') && stray.contains('\r\n1. TOC\r\n{:toc}\r\n')
assert stray.endsWith('Last line without a line break.')
assert !stray.replace('\r\n', '').contains('\n')
assert new File(docs, '常见 问题/index.md').getText('UTF-8').contains('\n1. TOC\n{:toc}\n')

// 3. Validation of the patched site reports exactly what the dry run said would be left.
def report = new JsonSlurper().parse(new File(basedir, 'target/faq/report.json'))
assert report.findings.size() == left : "dry run said ${left} left, validate reports ${report.findings.size()}"
def summary = (log =~ /FAQ validation: .*: (\d+) error\(s\), (\d+) warning\(s\), (\d+) info\(s\)/)
assert summary.find()
assert (summary.group(1) as int) + (summary.group(2) as int) + (summary.group(3) as int) == left
def rules = report.findings.collect { it.rule } as Set
assert rules == ['TOC001', 'TOC004'] as Set : rules
return true
