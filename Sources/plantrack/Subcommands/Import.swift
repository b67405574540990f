import ArgumentParser
import Foundation
import PlanIngest
import PlanStore

extension Plantrack {
    /// `plantrack import FILE...`: extract each plan's targets and store them.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Extract the targets of plan documents and store them.",
            discussion: """
                Prints each plan's id, title and a table of its targets. Importing the same bytes \
                again says so and changes nothing. A file that holds a stored plan's document (the \
                same title and 文号, or the same text: a .docx after its .txt) is refused unless \
                --replace or --as-new says what to do with it. Each file is stored on its own: a \
                failure is reported and the other files are still imported, with a non-zero exit \
                at the end.
                """
        )

        @OptionGroup var global: GlobalOptions

        @Argument(
            help: ArgumentHelp(
                "Plan documents to import (text, HTML, DOCX or PDF), or folders holding them.",
                valueName: "file"))
        var files: [String]

        @OptionGroup var input: InputOptions

        @Flag(
            help: """
                Replace the stored plan with the same file name (else the same title) by this newer \
                version, keeping review decisions and progress of the targets that still match.
                """)
        var replace = false

        @Flag(
            help: """
                Store a file that holds the same document as a stored plan (same title and 文号, or \
                the same text) as another plan.
                """)
        var asNew = false

        @OptionGroup var reviewer: ReviewerOptions

        func validate() throws {
            if files.isEmpty { throw ValidationError("Name at least one plan document to import.") }
            if files.contains(where: \.isEmpty) {
                throw ValidationError("A file name is empty; name each plan document.")
            }
            if replace && asNew {
                throw ValidationError("Give either --replace or --as-new, not both.")
            }
        }

        func run() throws {
            let store = try global.openStore(creating: true)
            let extractor = TargetExtractor()
            let loader = input.loader
            var failures: [String] = []
            var paths: [String] = []
            for file in files {
                if Self.isFolder(file) {
                    do {
                        let found = try loader.documents(in: file)
                        if found.isEmpty {
                            Console.warning("\(file): no plan files (.txt, .html, .docx, .pdf) in the folder")
                        }
                        paths += found
                    } catch {
                        Console.error("\(error)")
                        failures.append(file)
                    }
                } else {
                    paths.append(file)
                }
            }
            let progress = ProgressLine(total: paths.count)
            for (index, path) in paths.enumerated() {
                if index > 0 { Console.out() }
                progress.show(index + 1, path)
                defer { progress.clear() }
                do {
                    let document = try loader.document(at: path)
                    let extraction = extractor.extraction(of: document.text)
                    let plan = PlanImport(
                        metadata: extraction.document, fileName: document.fileName,
                        sha256: document.sha256, text: document.text, targets: extraction.targets)
                    let sameDocument = asNew ? nil : try store.sameDocument(as: plan)
                    if let sameDocument, !replace {
                        Console.error(Self.refusal(of: path, as: sameDocument))
                        failures.append(path)
                        continue
                    }
                    if replace,
                        let old = try sameDocument?.plan
                            ?? store.planToReplace(fileName: plan.fileName, title: plan.metadata.title)
                    {
                        if old.sha256 == plan.sha256 {
                            Console.out(
                                "Plan \(old.id): \(old.title ?? old.fileName) has the same content; nothing changed."
                            )
                            continue
                        }
                        let replacement = try store.replacePlan(old.id, with: plan, by: reviewer.person)
                        Console.out(Self.summary(of: replacement))
                        continue
                    }
                    let result = try store.importPlan(plan)
                    Console.out(Self.summary(of: result))
                    if result.isNew, !result.targets.isEmpty {
                        Console.out(
                            TargetText.table(of: result.targets, showingPlan: false).renderedForTerminal(),
                            terminator: "")
                    }
                    if result.isNew, result.targets.isEmpty {
                        Console.warning(
                            "\(path): no numeric targets found; the plan is stored without targets.")
                    }
                } catch {
                    let message = "\(error)"
                    // Loader errors name the file already; store errors do not.
                    Console.error(message.contains(path) ? message : "\(path): \(message)")
                    failures.append(path)
                }
            }
            if !failures.isEmpty {
                if paths.count > 1 {
                    Console.note(
                        "\(failures.count) of \(paths.count) files failed: \(failures.joined(separator: ", "))"
                    )
                }
                throw ExitCode.failure
            }
        }

        private static func isFolder(_ path: String) -> Bool {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }

        /// The one line that refuses a file holding a stored plan's document.
        static func refusal(of path: String, as same: SameDocument) -> String {
            let plan = same.plan
            let shared =
                switch same.evidence {
                case .titleAndDocumentNumber: "the same title and 文号 \(plan.documentNumber ?? "")"
                case .documentNumber: "the same 文号 \(plan.documentNumber ?? "")"
                case .text: "the same text"
                }
            return "\(path): holds the document of plan \(plan.id), \(plan.title ?? "(untitled)") "
                + "(\(plan.fileName)), with \(shared); nothing stored. Give --replace to replace that plan "
                + "with this file, or --as-new to store it as another plan."
        }

        /// What a replacement kept, added, retired and removed.
        static func summary(of replacement: PlanReplacement) -> String {
            let plan = replacement.plan
            var lines = [
                "Plan \(plan.id): \(plan.title ?? "(untitled)") (\(plan.fileName)) replaced: "
                    + "\(replacement.kept.count) kept, \(replacement.added.count) added, "
                    + "\(replacement.retired.count) retired, \(replacement.removed.count) removed"
            ]
            func line(_ mark: String, _ target: StoredTarget, _ note: String = "") -> String {
                "  \(mark) #\(target.id) \(target.statement.metric) \(NumberText.target(target.statement))  「\(target.statement.quote)」\(note)"
            }
            lines += replacement.added.map { line("+", $0) }
            lines += replacement.retired.map {
                line("-", $0, " (retired: no longer in the plan; figures and review kept)")
            }
            lines += replacement.removed.map {
                line("-", $0, " (removed: no longer in the plan, never reviewed)")
            }
            return lines.joined(separator: "\n")
        }

        /// `Plan 3: 滨州市…实施方案 (000.txt), 18 targets`, or that it was imported before.
        static func summary(of result: ImportResult) -> String {
            let plan = result.plan
            let title = plan.title ?? "(untitled)"
            if !result.isNew {
                return
                    "Plan \(plan.id): \(title) (\(plan.fileName)) was already imported with the same content; nothing changed."
            }
            let count = result.targets.count
            return "Plan \(plan.id): \(title) (\(plan.fileName)), \(count) target\(count == 1 ? "" : "s")"
        }
    }
}
