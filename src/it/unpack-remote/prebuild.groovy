// The consumer invocation must start from a local repository that does not exist yet. The invoker
// clones this IT over the previous run's copy without cleaning it, so remove any leftover here.
File emptyRepo = new File(basedir, 'empty-local-repo')
emptyRepo.deleteDir()
assert !emptyRepo.exists() : "could not delete $emptyRepo"
return true
