package message

// Messages of the command line.
const ()

var cliTexts = map[Key]entry{}
