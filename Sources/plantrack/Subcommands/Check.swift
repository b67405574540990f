import ArgumentParser

extension Plantrack {
    /// `plantrack check`: integrity and foreign-key checks in plain words.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the database for damage and broken links; exit status 1 when something is wrong."
        )

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let problems = try global.openStore().integrityProblems()
            guard !problems.isEmpty else {
                Console.out("\(global.databasePath): no problems found.")
                return
            }
            Console.out(
                "\(global.databasePath): \(problems.count) problem\(problems.count == 1 ? "" : "s") found:")
            for problem in problems { Console.out("  - \(problem)") }
            throw ExitCode(1)
        }
    }
}
