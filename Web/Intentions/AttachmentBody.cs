using CommunityPlanning.Common;
using CommunityPlanning.Intentions;
using Microsoft.AspNetCore.Http.Features;

namespace CommunityPlanning.Web.Intentions;

/// <summary>
/// An uploaded attachment: the request's body is the file (any content type; its type is told by its content), its
/// name in the query (<c>?name=rozpočet.pdf</c>). These requests alone may be larger than the API's usual limit.
/// </summary>
public static class AttachmentBody
{
    public static async Task<AttachmentUpload> ReadAsync(HttpContext http, string? name)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = AttachmentRules.MaxBytes + 1;
        }

        using var content = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        try
        {
            while ((read = await http.Request.Body.ReadAsync(buffer, http.RequestAborted)) > 0)
            {
                if (content.Length + read > AttachmentRules.MaxBytes)
                {
                    throw new DomainException(IntentionErrorCodes.AttachmentTooLarge, $"at most {AttachmentRules.MaxBytes} bytes");
                }

                content.Write(buffer, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw new DomainException(IntentionErrorCodes.AttachmentTooLarge, $"at most {AttachmentRules.MaxBytes} bytes");
        }

        return new AttachmentUpload(name ?? "", content.ToArray());
    }

    public static IResult File(AttachmentFile file) =>
        TypedResults.File(file.Content, AttachmentRules.ContentType(file.Attachment.Type), file.Attachment.FileName);
}
