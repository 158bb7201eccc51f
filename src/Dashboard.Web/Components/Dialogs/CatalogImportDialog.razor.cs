using Dashboard.Application.Catalog;
using Dashboard.Web.Model;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;

namespace Dashboard.Web.Components.Dialogs;

/// <summary>Collects pasted YAML and picked files, runs the import and shows its report.</summary>
public partial class CatalogImportDialog
{
    private const string PastedFile = "pasted";

    private readonly List<(string File, string Text)> _files = [];
    private readonly List<string> _problems = [];
    private string _yaml = "";
    private bool _importing;
    private CatalogImportResult? _result;

    [CascadingParameter] public required IMudDialogInstance Dialog { get; set; }
    [Parameter, EditorRequired] public required Func<IReadOnlyList<(string File, string Text)>, Task<CatalogImportResult>> Import { get; set; }

    private bool HasInput => _files.Count > 0 || !string.IsNullOrWhiteSpace(_yaml);

    private async Task PickFilesAsync(IReadOnlyList<IBrowserFile>? files)
    {
        _problems.Clear();
        foreach (var file in files ?? [])
        {
            if (_files.Count >= CatalogViewModel.MaxFiles)
            {
                _problems.Add($"At most {CatalogViewModel.MaxFiles} files can be imported at once; {file.Name} and the rest were not added.");
                break;
            }
            if (CatalogViewModel.CheckFile(file.Name, file.Size) is { } problem)
            {
                _problems.Add(problem);
                continue;
            }
            using var reader = new StreamReader(file.OpenReadStream(CatalogViewModel.MaxFileBytes));
            _files.RemoveAll(f => f.File == file.Name);
            _files.Add((file.Name, await reader.ReadToEndAsync()));
        }
    }

    private void RemoveFile(string name) => _files.RemoveAll(f => f.File == name);

    private async Task ImportAsync()
    {
        _importing = true;
        var input = string.IsNullOrWhiteSpace(_yaml) ? _files : [(PastedFile, _yaml), .. _files];
        _result = await Import(input);
        _importing = false;
    }

    private void Again()
    {
        _result = null;
        _problems.Clear();
    }

    private void Close() => Dialog.Close(DialogResult.Ok(_result));
}
