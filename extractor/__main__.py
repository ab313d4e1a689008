try:  # Ctrl-C while the command's module is still being defined, after its imports: as quiet as any other
    from .cli import main
except KeyboardInterrupt:
    raise SystemExit(130) from None

main()
