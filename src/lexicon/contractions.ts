/**
 * Contractions and what they stand for, so "won't" aligns with "will not". Keys are
 * lower-case with straight apostrophes; values are the expanded words.
 */
export const CONTRACTIONS: Readonly<Record<string, readonly string[]>> = {
  "won't": ['will', 'not'], "can't": ['can', 'not'], "cannot": ['can', 'not'], "shan't": ['shall', 'not'],
  "isn't": ['is', 'not'], "aren't": ['are', 'not'], "wasn't": ['was', 'not'], "weren't": ['were', 'not'],
  "don't": ['do', 'not'], "doesn't": ['does', 'not'], "didn't": ['did', 'not'],
  "hasn't": ['has', 'not'], "haven't": ['have', 'not'], "hadn't": ['had', 'not'],
  "wouldn't": ['would', 'not'], "couldn't": ['could', 'not'], "shouldn't": ['should', 'not'],
  "mustn't": ['must', 'not'], "needn't": ['need', 'not'], "mightn't": ['might', 'not'], "ain't": ['is', 'not'],
  "i'm": ['i', 'am'], "you're": ['you', 'are'], "we're": ['we', 'are'], "they're": ['they', 'are'],
  "he's": ['he', 'is'], "she's": ['she', 'is'], "it's": ['it', 'is'], "that's": ['that', 'is'],
  "there's": ['there', 'is'], "what's": ['what', 'is'], "who's": ['who', 'is'],
  "i've": ['i', 'have'], "you've": ['you', 'have'], "we've": ['we', 'have'], "they've": ['they', 'have'],
  "i'll": ['i', 'will'], "you'll": ['you', 'will'], "we'll": ['we', 'will'], "they'll": ['they', 'will'],
  "he'll": ['he', 'will'], "she'll": ['she', 'will'], "it'll": ['it', 'will'],
  "i'd": ['i', 'would'], "you'd": ['you', 'would'], "we'd": ['we', 'would'], "they'd": ['they', 'would'],
  "he'd": ['he', 'would'], "she'd": ['she', 'would'], "let's": ['let', 'us'],
};
