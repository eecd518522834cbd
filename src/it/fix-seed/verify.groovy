import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def site = new File(basedir, 'site/docs/gpt')
def report = new JsonSlurper().parse(new File(basedir, 'target/faq/report.json'))
def ruleIds = report.findings.collect { it.rule } as Set

// Dry run: a unified diff per file, and the promise that nothing was written.
assert log.contains('--- a/site/docs/gpt/models.md')
assert log.contains('-nav-order: 3')
assert log.contains('+nav_order: 3')
assert log.contains('--- a/site/docs/gpt/train.md')
assert log.contains('-nav_order: "10"')
assert log.contains('+nav_order: 10')
assert log.contains('faq:fix dry run: would fix')
// Apply: the same change is written, byte for byte where nothing was fixed (CRLF kept).
assert log =~ /faq:fix fixed \d+ finding\(s\) in \d+ file\(s\)/
assert log.contains('site/docs/gpt/models.md:4:1: FM007 fixed: renamed')
def models = new File(site, 'models.md').text
assert models.startsWith('---\ntitle: Models\nparent: GPT\nnav_order: 3\n---\n# Models\n')
def train = new File(site, 'train.md').bytes
assert new String(train, 'UTF-8').startsWith('---\r\ntitle: Training\r\nparent: GPT\r\nnav_order: 10\r\n---\r\n# Training\r\n')
assert !new String(train, 'UTF-8').replace('\r\n', '').contains('\n')
// Other findings are listed, not touched.
assert log.contains('no automatic fix') || report.findings.every { it.rule in ['FM007', 'FM009', 'HDR004', 'IMG002', 'IAL001', 'TOC001'] }

// Re-validation: none of the fixed rules remains.
assert !('FM007' in ruleIds)
assert !('FM009' in ruleIds)

// The body rules: each was reported by the dry run, and is gone after the fix.
def seed = new File(site, 'ai.md').text
assert log.contains('IAL001 fixed')
assert seed.contains('# 关于 AI 的小白 FAQ\n{: .no_toc}\n\n## 目录\n{: .no_toc .text-delta }\n')
assert log.contains('--- a/site/docs/gpt/ai.md')
assert !('IAL001' in ruleIds)
assert log.contains('TOC001 fixed')
assert new String(train, 'UTF-8').contains('\r\n1. TOC\r\n{:toc}\r\n')
assert !('TOC001' in ruleIds)
assert log.contains('HDR004 fixed')
assert models.contains('\n## Sizes\n')
assert !('HDR004' in ruleIds)
assert log.contains('IMG002 fixed')
assert models.contains('](../../pics/shot.png)')
assert !('IMG002' in ruleIds)
return true
