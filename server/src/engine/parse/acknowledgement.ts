// The sentence of a reply that acknowledges the request and introduces it: "Thank you for your request
// ...", "You asked:", "Your request ... was as follows:". The request is quoted after it.

const ACKNOWLEDGEMENT = [
  /\bthank you for your (?:[\w()-]+ ){0,5}?(?:request|e-?mail|letter|enquiry|correspondence)/i,
  /\byou (?:asked|requested|wrote)\b/i,
  /\byour (?:\w+ )?request(?: for information)?(?: (?:dated|of|received on) [^,.:]{3,30}?)? (?:was|is|reads|read) as follows/i,
  /\b(?:requested|asked for) the following(?: information)?\b/i,
  /\bwe received your (?:request|e-?mail)\b/i,
];

export function isAcknowledgement(text: string): boolean {
  return ACKNOWLEDGEMENT.some((re) => re.test(text));
}
