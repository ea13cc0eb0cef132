import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';

/** Desktop: the system print dialog, and a PDF saved where the user chooses. Browser: its own print, which can save a PDF. */
export function PrintButtons({ fileName, disabled = false }: { fileName: string; disabled?: boolean }) {
  const bridge = window.postbag;
  if (!bridge) {
    return (
      <Button variant="default" disabled={disabled} onClick={() => window.print()}>
        Print or save as PDF
      </Button>
    );
  }
  const safeName = fileName.replace(/[/\\:*?"<>|]/g, '-');
  return (
    <Group>
      <Button variant="default" disabled={disabled} onClick={() => window.print()}>
        Print…
      </Button>
      <Button
        variant="default"
        disabled={disabled}
        onClick={async () => {
          const result = await bridge.savePdf(safeName);
          if (result.saved) notifications.show({ message: `Saved ${result.path}` });
        }}
      >
        Save as PDF…
      </Button>
    </Group>
  );
}
