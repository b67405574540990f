import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a command as a child process and measures its wall time and peak memory.
enum ProcessTiming {
    /// What one run of a command cost.
    struct Run {
        /// Wall-clock time from spawn to exit.
        var seconds: Double
        /// The child's peak resident memory, in megabytes.
        var peakMegabytes: Double
        /// The child's exit status; 0 on success.
        var exitStatus: Int32
    }

    /// Runs `arguments[0]` with the rest as its arguments, its output sent to /dev/null.
    static func run(_ arguments: [String]) -> Run {
        var fileActions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&fileActions)
        defer { posix_spawn_file_actions_destroy(&fileActions) }
        posix_spawn_file_actions_addopen(&fileActions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&fileActions, 2, "/dev/null", O_WRONLY, 0)

        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let start = ContinuousClock.now
        guard posix_spawn(&child, arguments[0], &fileActions, nil, argv, environ) == 0 else {
            return Run(seconds: 0, peakMegabytes: 0, exitStatus: -1)
        }
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(child, &status, 0, &usage)
        let elapsed = (ContinuousClock.now - start).seconds
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Run(seconds: elapsed, peakMegabytes: Double(usage.ru_maxrss) / 1024, exitStatus: exitStatus)
    }

    /// The median of `count` runs of the command.
    static func median(of arguments: [String], runs count: Int) -> Run {
        let runs = (0..<count).map { _ in run(arguments) }.sorted { $0.seconds < $1.seconds }
        return runs[runs.count / 2]
    }
}
