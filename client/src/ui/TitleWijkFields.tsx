import { LIMITS } from "@wijkbord/shared";

export interface TitleWijkFieldsProps {
  /** Prefix of the inputs' ids (`<prefix>-title`, `<prefix>-wijk`): unique per form on the page. */
  idPrefix: string;
  /** Prefix of their test ids (`<prefix>-title`, `<prefix>-wijk`). */
  testIdPrefix: string;
  labels: { title: string; wijk: string };
  title: string;
  wijk: string;
  onTitle(value: string): void;
  onWijk(value: string): void;
}

/** A new werksessie's title and wijk, both required and held to the server's limits. */
export function TitleWijkFields(props: TitleWijkFieldsProps) {
  const { idPrefix, testIdPrefix, labels } = props;
  return (
    <>
      <label className="wb-label utrecht-form-label" htmlFor={`${idPrefix}-title`}>
        {labels.title}
      </label>
      <input
        id={`${idPrefix}-title`}
        className="wb-input utrecht-textbox utrecht-textbox--html-input"
        data-testid={`${testIdPrefix}-title`}
        required
        maxLength={LIMITS.maxTitleLength}
        value={props.title}
        onChange={(e) => props.onTitle(e.target.value)}
      />
      <label className="wb-label utrecht-form-label" htmlFor={`${idPrefix}-wijk`}>
        {labels.wijk}
      </label>
      <input
        id={`${idPrefix}-wijk`}
        className="wb-input utrecht-textbox utrecht-textbox--html-input"
        data-testid={`${testIdPrefix}-wijk`}
        required
        maxLength={LIMITS.maxWijkLength}
        value={props.wijk}
        onChange={(e) => props.onWijk(e.target.value)}
      />
    </>
  );
}
