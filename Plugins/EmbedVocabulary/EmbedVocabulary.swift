import Foundation
import PackagePlugin

/// Embeds the target's `Vocabulary.tsv`, the extraction grammar's phrases and roles, into the
/// target as a Swift string literal, so that the binary carries its grammar.
@main
struct EmbedVocabulary: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let vocabulary = target.directoryURL.appending(path: "Lexicon/Vocabulary.tsv")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedVocabulary.swift")
        return [
            .buildCommand(
                displayName: "Embedding the vocabulary",
                executable: try context.tool(named: "TextEmbedder").url,
                arguments: ["vocabulary", output.path, vocabulary.path],
                inputFiles: [vocabulary],
                outputFiles: [output]
            )
        ]
    }
}
