import ArgumentParser

/// `--fail-on`, shared by `lint` and `scan`: the lowest severity that makes the run exit 1.
struct FailOnOption: ParsableArguments {
  @Option(
    name: .customLong("fail-on"),
    help: ArgumentHelp(
      "The lowest severity that fails the run: error, warning or info.", valueName: "severity"))
  var failOn: SeverityArgument?
}
