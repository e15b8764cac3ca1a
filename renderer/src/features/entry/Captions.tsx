// The photo captions and credits a part of the document printed: the photos are not in the
// catalogue, their captions are kept apart from the reading text (no highlight or search mark
// lands there) and shown after it as figure captions, each labelled « Légende ».
export function Captions({ captions }: { captions: readonly string[] | undefined }) {
  if (!captions?.length) return null;
  return (
    <div className="captions">
      {captions.map((caption, i) => (
        <figure key={`${i}-${caption}`} className="captions__figure">
          <figcaption>
            <span className="captions__label">Légende</span> {caption}
          </figcaption>
        </figure>
      ))}
    </div>
  );
}
