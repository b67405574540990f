import Foundation
import Testing

import PlanIngest

/// The independent spreadsheet readers and writers the workbook tests check plantrack against:
/// Python's openpyxl and LibreOffice. Each is optional on a developer's machine; a test that
/// needs one skips with a message when it is missing (CI installs openpyxl).
enum SpreadsheetTools {
    /// Whether `python3` can import openpyxl.
    static let hasOpenpyxl: Bool = CLIHarness.shell("python3 -c 'import openpyxl'") == 0

    /// A database with the sample plan, or `nil` (after saying the test skips) when openpyxl,
    /// which the test needs, is missing.
    static func samplePlanWithOpenpyxl() throws -> SamplePlan? {
        guard hasOpenpyxl else {
            print("skipped: python3 cannot import openpyxl (pip install openpyxl)")
            return nil
        }
        return try SamplePlan()
    }

    /// Runs a Python script with `arguments`, returning its standard output.
    static func python(_ script: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(
            process.terminationStatus == 0, "python failed: \(String(decoding: errorData, as: UTF8.self))")
        return String(decoding: data, as: UTF8.self)
    }

    /// Every sheet's cells as openpyxl reads them: sheet name → rows of cell texts (numbers in
    /// Python's repr, empty cells as "").
    static func openpyxlCells(of path: String) throws -> [String: [[String]]] {
        let script = """
            import json, sys, openpyxl
            book = openpyxl.load_workbook(sys.argv[1])
            def text(value):
                if value is None: return ""
                if isinstance(value, float) and value.is_integer(): return str(int(value))
                return str(value)
            print(json.dumps({sheet.title: [[text(c) for c in row] for row in sheet.iter_rows(values_only=True)]
                              for sheet in book.worksheets}))
            """
        let json = try python(script, [path])
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: [[String]]])
    }

    /// The cells of every sheet as plantrack's own reader (``XLSXReader``) sees them, in the
    /// form of ``openpyxlCells(of:)``.
    static func ownCells(of path: String) throws -> [String: [[String]]] {
        let sheets = try XLSXReader().sheets(in: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
        var result: [String: [[String]]] = [:]
        for sheet in sheets {
            let width = (sheet.rows.flatMap(\.cells.keys).max() ?? -1) + 1
            let last = sheet.rows.last?.number ?? 0
            result[sheet.name] = (1...max(last, 1)).map { number in
                let row = sheet.rows.first { $0.number == number }
                return (0..<width).map { column in
                    row?.cells[column].map { value in
                        if case .number(let number) = value, number == number.rounded() {
                            return String(Int64(number))
                        }
                        if case .number(let number) = value { return String(number) }
                        if case .text(let text) = value { return text }
                        return "\(value)"
                    } ?? ""
                }
            }
        }
        return result
    }

    /// Whether LibreOffice can convert a spreadsheet here (its Calc part is installed).
    static let hasLibreOfficeCalc: Bool = {
        guard CLIHarness.shell("command -v soffice") == 0 else { return false }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "plantrack-lo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? Data("a,b\n1,2\n".utf8).write(to: folder.appendingPathComponent("probe.csv"))
        _ = CLIHarness.shell(
            "cd '\(folder.path)' && soffice -env:UserInstallation=file://\(folder.path)/profile --headless --convert-to xlsx probe.csv"
        )
        return FileManager.default.fileExists(atPath: folder.appendingPathComponent("probe.xlsx").path)
    }()

    /// Every sheet of a workbook as LibreOffice exports it to CSV, by sheet name.
    static func libreOfficeCSV(of path: String) throws -> [String: String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "plantrack-lo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // Filter options: comma, quote, UTF-8, …, -1 = every sheet to a file of its own,
        // named <file>-<sheet>.csv.
        let status = CLIHarness.shell(
            "cd '\(folder.path)' && soffice -env:UserInstallation=file://\(folder.path)/profile --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' '\(path)'"
        )
        #expect(status == 0)
        let base = ((path as NSString).lastPathComponent as NSString).deletingPathExtension + "-"
        var sheets: [String: String] = [:]
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path)
        where file.hasSuffix(".csv") {
            let name = String(file.dropFirst(base.count).dropLast(4))
            sheets[name] = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        }
        return sheets
    }
}
