import Foundation

/// A one-line progress indicator on standard error, `[3/20] plan.docx`, drawn only when standard
/// error is a terminal and there is more than one item: pipes and logs get nothing.
struct ProgressLine {
    var total: Int
    var isEnabled: Bool

    init(total: Int, isTerminal: Bool = isatty(STDERR_FILENO) == 1) {
        self.total = total
        isEnabled = isTerminal && total > 1
    }

    func show(_ index: Int, _ item: String) {
        guard isEnabled else { return }
        let filled = total == 0 ? 0 : 20 * index / total
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: 20 - filled)
        FileHandle.standardError.write(Data("\r\u{1B}[K[\(bar)] \(index)/\(total) \(item)".utf8))
    }

    func clear() {
        guard isEnabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
