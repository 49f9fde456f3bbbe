/// The name tagger, for `briefing tag --conll` and the tagging benchmark, which see BriefingKit only.
@_exported import struct BriefingAnalysis.CoNLLTagger
