// The project is a git work tree of its own (as a content repository is), so the patch names its files from here.
def git = ['git', 'init', '-q', basedir.absolutePath].execute()
git.waitForProcessOutput(System.out, System.err)
assert git.exitValue() == 0 : 'git init failed'
return true
