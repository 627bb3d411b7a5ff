import { Box, Chip, Group, Input } from '@mantine/core';
import { useId, type Ref } from 'react';

type Option = { value: string; label: string };

type Props = {
  legend: string;
  description?: string;
  options: readonly Option[];
  error?: string;
  required?: boolean;
  /** The first chip, so that the form can move the focus to an invalid choice. */
  inputRef?: Ref<HTMLInputElement>;
} & (
  | { multiple: true; value: readonly string[]; onChange: (value: string[]) => void }
  | { multiple?: false; value: string; onChange: (value: string) => void }
);

/**
 * Chips to tick (several, checkboxes) or to pick one of (radios) in a fieldset with its legend;
 * big enough to tap on a phone. The error is announced with the group.
 */
export function ChipFieldset(props: Props) {
  const id = useId();
  const descriptionId = props.description ? `${id}-description` : undefined;
  const errorId = props.error ? `${id}-error` : undefined;
  const describedBy = [descriptionId, errorId].filter(Boolean).join(' ') || undefined;
  const chips = (
    <Group gap="xs" mt="xs">
      {props.options.map((option, index) => (
        <Chip
          key={option.value}
          value={option.value}
          ref={index === 0 ? props.inputRef : undefined}
          size="md"
          variant="outline"
          aria-invalid={props.error ? true : undefined}
        >
          {option.label}
        </Chip>
      ))}
    </Group>
  );
  return (
    <Box
      component="fieldset"
      aria-describedby={describedBy}
      m={0}
      p={0}
      style={{ border: 0, minWidth: 0 }}
    >
      <Input.Label component="legend" required={props.required} p={0}>
        {props.legend}
      </Input.Label>
      {props.description && (
        <Input.Description id={descriptionId}>{props.description}</Input.Description>
      )}
      {props.multiple ? (
        <Chip.Group multiple value={[...props.value]} onChange={props.onChange}>
          {chips}
        </Chip.Group>
      ) : (
        <Chip.Group value={props.value} onChange={props.onChange}>
          {chips}
        </Chip.Group>
      )}
      {props.error && (
        <Input.Error id={errorId} mt={4}>
          {props.error}
        </Input.Error>
      )}
    </Box>
  );
}
