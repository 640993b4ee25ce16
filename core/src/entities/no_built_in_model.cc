// The model bytes of a build without a built-in name model (the web page's wasm, which loads
// the model file after it starts; see LoadNameModel). Empty: BuiltInNerModel() is nullptr.
extern const unsigned char kPrecisNerModel[];
extern const unsigned long kPrecisNerModelSize;
const unsigned char kPrecisNerModel[] = {0};
const unsigned long kPrecisNerModelSize = 0;
