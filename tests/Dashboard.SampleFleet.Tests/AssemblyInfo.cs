// Each test class starts a dashboard and up to a few dozen Kestrel hosts: one class at a time keeps a 2-core machine responsive.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
