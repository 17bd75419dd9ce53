package unicode

// TurkishCase and AzeriCase map dotted and dotless i as Turkish and
// Azeri do: i <-> İ (U+0130), ı (U+0131) <-> I.
var TurkishCase SpecialCase = _TurkishCase

var _TurkishCase = SpecialCase{
	CaseRange{0x0049, 0x0049, d{0, 0x131 - 0x49, 0}},
	CaseRange{0x0069, 0x0069, d{0x130 - 0x69, 0, 0x130 - 0x69}},
	CaseRange{0x0130, 0x0130, d{0, 0x69 - 0x130, 0}},
	CaseRange{0x0131, 0x0131, d{0x49 - 0x131, 0, 0x49 - 0x131}},
}

// AzeriCase is TurkishCase under another name.
var AzeriCase SpecialCase = _TurkishCase
