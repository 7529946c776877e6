// Every test runs Plein processes of its own; one at a time keeps them from starving each other on a small machine.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
