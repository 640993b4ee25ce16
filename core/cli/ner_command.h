// `precis ner ...`: training, tagging and scoring of the name tagger on CoNLL-style IOB files.
#ifndef PRECIS_CLI_NER_COMMAND_H_
#define PRECIS_CLI_NER_COMMAND_H_

// argv[0] is "ner". Returns the process exit code.
int NerCommand(int argc, char** argv);

#endif  // PRECIS_CLI_NER_COMMAND_H_
